package gdviz.core.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Supplier;

/**
 * Assembles a final class implementing one interface of this package from method bodies written by a
 * {@link ValueCodeWriter}, and defines it as a hidden class, so it is unloaded with the function that owns it.
 */
final class GeneratedClass {

    /** One public instance method: its name, descriptor and finished writer. */
    record Method(String name, String descriptor, ValueCodeWriter code) {
    }

    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    private static final int JAVA_8_CLASS_FILE = 52;
    private static final byte[] CONSTRUCTOR_CODE = {0x2a, (byte) 0xb7, 0, 0, (byte) 0xb1};

    private GeneratedClass() {
    }

    /** Writes a class file; may fail when the code exceeds a limit. */
    interface Source {
        byte[] classFile() throws IOException;
    }

    /**
     * A new instance of the class {@code source} writes, defined as a hidden class; {@code fallback}'s
     * when the class cannot be written or loaded.
     */
    static <T> T instanceOr(Class<T> type, Source source, Supplier<T> fallback) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(source.classFile(), true);
            return type.cast(lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return fallback.get();
        }
    }

    /**
     * The class file of {@code thisClass} implementing {@code implemented} with {@code methods}, whose
     * writers must share {@code pool}.
     */
    static byte[] classFile(ConstantPool pool, String thisClass, String implemented, List<Method> methods)
            throws IOException {
        int objectConstructor = pool.methodRef("java/lang/Object", "<init>", "()V");
        byte[] constructor = CONSTRUCTOR_CODE.clone();
        constructor[2] = (byte) (objectConstructor >>> 8);
        constructor[3] = (byte) objectConstructor;
        int thisIndex = pool.classRef(thisClass);
        int superIndex = pool.classRef("java/lang/Object");
        int interfaceIndex = pool.classRef(implemented);
        int codeName = pool.utf8("Code");
        int stackMapName = pool.utf8("StackMapTable");
        int constructorName = pool.utf8("<init>");
        int constructorDescriptor = pool.utf8("()V");
        int[][] names = new int[methods.size()][];
        for (int i = 0; i < names.length; i++) {
            names[i] = new int[] {pool.utf8(methods.get(i).name()), pool.utf8(methods.get(i).descriptor())};
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(JAVA_8_CLASS_FILE);
        pool.writeTo(out);
        out.writeShort(ACC_FINAL | ACC_SUPER);
        out.writeShort(thisIndex);
        out.writeShort(superIndex);
        out.writeShort(1);
        out.writeShort(interfaceIndex);
        out.writeShort(0);
        out.writeShort(1 + methods.size());
        method(out, constructorName, constructorDescriptor, codeName);
        out.writeInt(12 + constructor.length);
        out.writeShort(1);
        out.writeShort(1);
        out.writeInt(constructor.length);
        out.write(constructor);
        out.writeShort(0);
        out.writeShort(0);
        for (int i = 0; i < names.length; i++) {
            method(out, names[i][0], names[i][1], codeName);
            code(out, methods.get(i).code(), stackMapName);
        }
        out.writeShort(0);
        return bytes.toByteArray();
    }

    private static void method(DataOutputStream out, int name, int descriptor, int codeName) throws IOException {
        out.writeShort(ACC_PUBLIC);
        out.writeShort(name);
        out.writeShort(descriptor);
        out.writeShort(1);
        out.writeShort(codeName);
    }

    /** The Code attribute's body, with a StackMapTable when the code branches. */
    private static void code(DataOutputStream out, ValueCodeWriter writer, int stackMapName) throws IOException {
        byte[] code = writer.code();
        if (code.length > 0xFFFF) {
            throw new IllegalStateException("method too long: " + code.length + " bytes");
        }
        byte[] frames = writer.stackMapFrames();
        int attributes = frames.length == 0 ? 0 : 6 + frames.length;
        out.writeInt(12 + code.length + attributes);
        out.writeShort(writer.maxStack());
        out.writeShort(writer.maxLocals());
        out.writeInt(code.length);
        out.write(code);
        out.writeShort(0);
        if (frames.length == 0) {
            out.writeShort(0);
        } else {
            out.writeShort(1);
            out.writeShort(stackMapName);
            out.writeInt(frames.length);
            out.write(frames);
        }
    }
}
