#version 330 core
// Texture times tint inside the sprite's rotated rectangle; nothing outside it.
flat in vec4 vColor;
flat in vec4 vToSprite;
flat in vec4 vRegion;

uniform sampler2D uTexture;

out vec4 fragColor;

void main() {
    vec2 st = mat2(vToSprite.xy, vToSprite.zw) * (gl_PointCoord - 0.5);
    if (max(abs(st.x), abs(st.y)) > 1.0) {
        discard;
    }
    // Javelin textures have no mipmaps: level 0 spares the derivatives.
    fragColor = textureLod(uTexture, vRegion.xy + st * vRegion.zw, 0.0) * vColor;
}
