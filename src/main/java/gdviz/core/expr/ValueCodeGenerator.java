package gdviz.core.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Compiles a {@link Tape} to a JVM class implementing {@link ValueCode}, defined as a hidden class so it
 * is unloaded with the function. The JIT then treats a typed function like hand-written Java: a tree
 * interpreter pays a virtual call per node, which costs several times the arithmetic of a function such
 * as x^2 + x*y + y^2. The calculus stays in {@link UnaryRule} and {@link BinaryRule}, which the code
 * calls. Should the class not load, the tape itself computes the values.
 */
final class ValueCodeGenerator {

    private static final String THIS_CLASS = "gdviz/core/expr/GeneratedValueCode";
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    private static final int JAVA_8_CLASS_FILE = 52;
    private static final byte[] CONSTRUCTOR_CODE = {0x2a, (byte) 0xb7, 0, 0, (byte) 0xb1};

    private ValueCodeGenerator() {
    }

    /** Value code for {@code tape}: generated when possible, the tape run for values otherwise. */
    static ValueCode generate(Tape tape) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(classFile(tape), true);
            return (ValueCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return new TapeValueCode(tape);
        }
    }

    static byte[] classFile(Tape tape) throws IOException {
        ConstantPool pool = new ConstantPool();
        ValueCodeWriter value = new ValueCodeWriter(pool);
        for (Step step : tape.steps()) {
            step.emit(value);
        }
        value.returnSlot(tape.steps().size() - 1);
        int objectConstructor = pool.methodRef("java/lang/Object", "<init>", "()V");
        byte[] constructor = CONSTRUCTOR_CODE.clone();
        constructor[2] = (byte) (objectConstructor >>> 8);
        constructor[3] = (byte) objectConstructor;
        int thisClass = pool.classRef(THIS_CLASS);
        int superClass = pool.classRef("java/lang/Object");
        int valueCode = pool.classRef("gdviz/core/expr/ValueCode");
        int codeName = pool.utf8("Code");
        int[] constructorNames = {pool.utf8("<init>"), pool.utf8("()V")};
        int[] valueNames = {pool.utf8("value"), pool.utf8("([D)D")};

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(JAVA_8_CLASS_FILE);
        pool.writeTo(out);
        out.writeShort(ACC_FINAL | ACC_SUPER);
        out.writeShort(thisClass);
        out.writeShort(superClass);
        out.writeShort(1);
        out.writeShort(valueCode);
        out.writeShort(0);
        out.writeShort(2);
        method(out, constructorNames, codeName, constructor, 1, 1);
        method(out, valueNames, codeName, value.code(), value.maxStack(), value.maxLocals());
        out.writeShort(0);
        return bytes.toByteArray();
    }

    private static void method(DataOutputStream out, int[] nameAndDescriptor, int codeName, byte[] code,
                               int maxStack, int maxLocals) throws IOException {
        if (code.length > 0xFFFF) {
            throw new IllegalStateException("method too long: " + code.length + " bytes");
        }
        out.writeShort(ACC_PUBLIC);
        out.writeShort(nameAndDescriptor[0]);
        out.writeShort(nameAndDescriptor[1]);
        out.writeShort(1);
        out.writeShort(codeName);
        out.writeInt(12 + code.length);
        out.writeShort(maxStack);
        out.writeShort(maxLocals);
        out.writeInt(code.length);
        out.write(code);
        out.writeShort(0);
        out.writeShort(0);
    }
}
