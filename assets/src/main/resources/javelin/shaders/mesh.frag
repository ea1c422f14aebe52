#version 330 core
// Javelin 3D meshes: the colour was lit per vertex.
in vec4 vColor;
out vec4 fragColor;

void main() {
    fragColor = vColor;
}
