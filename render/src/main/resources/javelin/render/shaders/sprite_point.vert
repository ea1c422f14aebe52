#version 330 core
// Javelin point sprites: one vertex per sprite. The point covers the sprite's rotated bounding square;
// the fragment shader maps each pixel back into the sprite and discards what falls outside it. This
// spares a software rasteriser three vertices and a second triangle per sprite.
layout(location = 0) in vec2 aCenter;  // world (or screen) position of the sprite's centre
layout(location = 1) in vec2 aHalf;    // half width, half height; the height's sign says where the image top goes
layout(location = 2) in float aAngle;  // radians, counter-clockwise
layout(location = 3) in vec4 aRegion;  // u0, v0, u1, v1
layout(location = 4) in vec4 aColor;

uniform mat4 uProjection;    // orthographic
uniform vec2 uViewportHalf;  // viewport width and height in pixels, halved

flat out vec4 vColor;
flat out vec4 vToSprite;  // 2 x 2 matrix, column-major: gl_PointCoord - 0.5 -> sprite coordinates in [-1, 1]
flat out vec4 vRegion;    // centre of the region (u, v), then its half extents (u, v)

void main() {
    float c = cos(aAngle);
    float s = sin(aAngle);
    mat2 linear = mat2(uProjection);
    // Pixels from the centre to the middle of the right side (a) and of the top side (b), window y up.
    vec2 a = (linear * (vec2(c, s) * aHalf.x)) * uViewportHalf;
    vec2 b = (linear * (vec2(-s, c) * aHalf.y)) * uViewportHalf;
    // The point is the sprite's bounding square: every pixel centre inside the sprite is inside it.
    float size = 2.0 * max(abs(a.x) + abs(b.x), abs(a.y) + abs(b.y));
    float det = a.x * b.y - a.y * b.x;
    gl_Position = uProjection * vec4(aCenter, 0.0, 1.0);
    if (abs(det) < 1e-6) {
        gl_Position = vec4(0.0, 0.0, 2.0, 1.0);  // nothing to draw: beyond the far plane, so clipped
        gl_PointSize = 1.0;
        vToSprite = vec4(0.0);
    } else {
        gl_PointSize = size;
        // Pixel offset d = (pc.x - 0.5, 0.5 - pc.y) * size (gl_PointCoord has y down); sprite (s, t) = [a b]^-1 d.
        mat2 inv = mat2(b.y, -a.y, -b.x, a.x) / det;
        mat2 m = inv * mat2(size, 0.0, 0.0, -size);
        vToSprite = vec4(m[0], m[1]);
    }
    vColor = aColor;
    vRegion = vec4((aRegion.xy + aRegion.zw) * 0.5, (aRegion.z - aRegion.x) * 0.5, (aRegion.y - aRegion.w) * 0.5);
}
