package dev.javelin.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.lwjgl.system.MemoryUtil;

/** The GL textures of one context: each {@link Texture} uploaded on first use. Render thread only. */
final class GlTextures {

    private final Map<Texture, Integer> ids = new IdentityHashMap<>();

    /** Binds {@code t} to texture unit 0, uploading it first if this context has not seen it. */
    void bind(Texture t) {
        Integer id = ids.get(t);
        if (id == null) {
            id = upload(t);
            ids.put(t, id);
        }
        glBindTexture(GL_TEXTURE_2D, id);
    }

    private static int upload(Texture t) {
        int id = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, id);
        int filter = t.filter() == Texture.Filter.LINEAR ? GL_LINEAR : GL_NEAREST;
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        ByteBuffer data = t.copyToNative();
        try {
            if (t.format() == Texture.Format.ALPHA) {
                glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
                glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, t.width(), t.height(), 0, GL_RED, GL_UNSIGNED_BYTE, data);
                glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
                // Font bitmaps hold coverage only: sample them as white with that alpha.
                glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, new int[] {GL_ONE, GL_ONE, GL_ONE, GL_RED});
            } else {
                glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, t.width(), t.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE, data);
            }
        } finally {
            MemoryUtil.memFree(data);
        }
        return id;
    }

    int size() {
        return ids.size();
    }

    void deleteAll() {
        for (int id : ids.values()) {
            glDeleteTextures(id);
        }
        ids.clear();
    }
}
