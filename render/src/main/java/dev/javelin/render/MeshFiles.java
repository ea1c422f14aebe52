package dev.javelin.render;

import static org.lwjgl.assimp.Assimp.*;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.lwjgl.PointerBuffer;
import org.lwjgl.assimp.AIFace;
import org.lwjgl.assimp.AIMesh;
import org.lwjgl.assimp.AIScene;
import org.lwjgl.assimp.AIVector3D;
import org.lwjgl.system.MemoryUtil;

/** Reads mesh files through Assimp (LWJGL's binding) into a {@link Mesh}. Any thread. */
final class MeshFiles {

    private static final int FLAGS = aiProcess_Triangulate | aiProcess_GenSmoothNormals
            | aiProcess_JoinIdenticalVertices | aiProcess_PreTransformVertices | aiProcess_SortByPType;

    private MeshFiles() {
    }

    static Mesh read(byte[] file, String name) {
        int dot = name.lastIndexOf('.');
        String hint = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        ByteBuffer in = Resources.toNative(file);
        AIScene scene = null;
        try {
            scene = aiImportFileFromMemory(in, FLAGS, hint);
            if (scene == null) {
                throw new IllegalArgumentException("cannot read mesh " + name + ": " + aiGetErrorString());
            }
            return join(scene, name);
        } finally {
            if (scene != null) {
                aiReleaseImport(scene);
            }
            MemoryUtil.memFree(in);
        }
    }

    /** All triangle meshes of the scene as one (vertex transforms already applied by Assimp). */
    private static Mesh join(AIScene scene, String name) {
        PointerBuffer meshes = scene.mMeshes();
        int vertices = 0;
        int triangles = 0;
        for (int m = 0; m < scene.mNumMeshes(); m++) {
            AIMesh mesh = AIMesh.create(meshes.get(m));
            if ((mesh.mPrimitiveTypes() & aiPrimitiveType_TRIANGLE) != 0) {
                vertices += mesh.mNumVertices();
                triangles += mesh.mNumFaces();
            }
        }
        if (triangles == 0) {
            throw new IllegalArgumentException("mesh file " + name + " holds no triangles");
        }
        float[] p = new float[vertices * 3];
        float[] n = new float[vertices * 3];
        int[] idx = new int[triangles * 3];
        int base = 0;
        int k = 0;
        for (int m = 0; m < scene.mNumMeshes(); m++) {
            AIMesh mesh = AIMesh.create(meshes.get(m));
            if ((mesh.mPrimitiveTypes() & aiPrimitiveType_TRIANGLE) == 0) {
                continue;
            }
            AIVector3D.Buffer vs = mesh.mVertices();
            AIVector3D.Buffer ns = mesh.mNormals();
            for (int v = 0; v < mesh.mNumVertices(); v++) {
                int o = (base + v) * 3;
                AIVector3D a = vs.get(v);
                p[o] = a.x();
                p[o + 1] = a.y();
                p[o + 2] = a.z();
                if (ns != null) {
                    AIVector3D b = ns.get(v);
                    n[o] = b.x();
                    n[o + 1] = b.y();
                    n[o + 2] = b.z();
                }
            }
            AIFace.Buffer faces = mesh.mFaces();
            for (int f = 0; f < mesh.mNumFaces(); f++) {
                AIFace face = faces.get(f);
                if (face.mNumIndices() != 3) {
                    continue;
                }
                for (int c = 0; c < 3; c++) {
                    idx[k++] = base + face.mIndices().get(c);
                }
            }
            base += mesh.mNumVertices();
        }
        int[] used = k == idx.length ? idx : java.util.Arrays.copyOf(idx, k);
        return Mesh.of(name, p, n, used, Mesh.Primitive.TRIANGLES);
    }
}
