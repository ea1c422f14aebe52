#version 330 core
// Texture times tint. Alpha-only textures (font bitmaps) are swizzled to (1, 1, 1, r) when uploaded.
in vec2 vTexCoord;
in vec4 vColor;

uniform sampler2D uTexture;

out vec4 fragColor;

void main() {
    fragColor = texture(uTexture, vTexCoord) * vColor;
}
