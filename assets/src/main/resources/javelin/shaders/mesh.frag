#version 330 core
// Javelin 3D meshes: the colour was lit per vertex.
#ifdef FLAT
flat in vec4 vColor;
#else
in vec4 vColor;
#endif
out vec4 fragColor;

void main() {
    fragColor = vColor;
}
