#version 330 core
// Javelin 3D meshes, instanced: each instance places, turns (unit quaternion), scales and colours the
// mesh. Lit per vertex (a directional light over a sky/ground ambient): on a software rasteriser such
// as llvmpipe the fragment shader then only copies a colour, and flat-faced meshes shade the same.
// With FLAT defined each triangle takes the colour of its last (provoking) vertex: a box then needs
// only its 8 corners, each carrying the normal of the face whose triangles end on it.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec3 iPosition;
layout(location = 3) in vec4 iOrientation;
layout(location = 4) in vec3 iScale;
layout(location = 5) in vec4 iColor;

uniform mat4 uViewProjection;
uniform vec3 uToLight;      // unit vector from the scene toward the light
uniform vec3 uLightColor;
uniform vec3 uSkyColor;     // ambient from above
uniform vec3 uGroundColor;  // ambient from below
uniform vec3 uUp;
uniform float uLit;         // 1 for lit triangles, 0 for lines in their own colour

#ifdef FLAT
flat out vec4 vColor;
#else
out vec4 vColor;
#endif

vec3 rotate(vec4 q, vec3 v) {
    vec3 t = 2.0 * cross(q.xyz, v);
    return v + q.w * t + cross(q.xyz, t);
}

void main() {
    vec3 world = iPosition + rotate(iOrientation, aPosition * iScale);
    gl_Position = uViewProjection * vec4(world, 1.0);
    // Normals take the inverse scale (the inverse transpose of rotate * scale).
    vec3 n = normalize(rotate(iOrientation, aNormal / max(abs(iScale), vec3(1e-6))));
    float diffuse = max(dot(n, uToLight), 0.0);
    vec3 ambient = mix(uGroundColor, uSkyColor, dot(n, uUp) * 0.5 + 0.5);
    vec3 light = mix(vec3(1.0), ambient + uLightColor * diffuse, uLit);
    vColor = vec4(min(iColor.rgb * light, vec3(1.0)), 1.0);
}
