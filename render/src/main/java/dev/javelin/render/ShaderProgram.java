package dev.javelin.render;

import static org.lwjgl.opengl.GL33C.*;

/** A GLSL program compiled from classpath sources. Render thread only. */
final class ShaderProgram {

    private final int id;

    ShaderProgram(String vertexPath, String fragmentPath) {
        this(vertexPath, fragmentPath, "");
    }

    /** A program whose sources get {@code defines} (lines such as {@code #define FLAT}) after their {@code #version} line. */
    ShaderProgram(String vertexPath, String fragmentPath, String defines) {
        int vs = compile(GL_VERTEX_SHADER, vertexPath, defines);
        int fs = compile(GL_FRAGMENT_SHADER, fragmentPath, defines);
        id = glCreateProgram();
        glAttachShader(id, vs);
        glAttachShader(id, fs);
        glLinkProgram(id);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(id, GL_LINK_STATUS) == GL_FALSE) {
            String log = glGetProgramInfoLog(id);
            glDeleteProgram(id);
            throw new IllegalStateException("cannot link " + vertexPath + " + " + fragmentPath + ": " + log);
        }
    }

    private static int compile(int type, String path, String defines) {
        int s = glCreateShader(type);
        String source = Resources.readText(path);
        if (!defines.isEmpty()) {
            int eol = source.indexOf('\n') + 1;
            source = source.substring(0, eol) + defines + "\n" + source.substring(eol);
        }
        glShaderSource(s, source);
        glCompileShader(s);
        if (glGetShaderi(s, GL_COMPILE_STATUS) == GL_FALSE) {
            String log = glGetShaderInfoLog(s);
            glDeleteShader(s);
            throw new IllegalStateException("cannot compile " + path + ": " + log);
        }
        return s;
    }

    void use() {
        glUseProgram(id);
    }

    int uniform(String name) {
        int loc = glGetUniformLocation(id, name);
        if (loc < 0) {
            throw new IllegalStateException("shader has no uniform " + name);
        }
        return loc;
    }

    void delete() {
        glDeleteProgram(id);
    }
}
