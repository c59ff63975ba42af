package gdviz.core.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The constant pool of a class file being written (JVM specification §4.4), each entry stored once. */
final class ConstantPool {

    private static final int UTF8 = 1;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int FIELD = 9;
    private static final int METHOD = 10;
    private static final int NAME_AND_TYPE = 12;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> indexes = new HashMap<>();
    private int count = 1;

    int utf8(String text) {
        return entry("u" + text, 1, () -> {
            out.writeByte(UTF8);
            out.writeUTF(text);
        });
    }

    /** A double takes two pool slots. */
    int doubleValue(double value) {
        return entry("d" + Double.doubleToRawLongBits(value), 2, () -> {
            out.writeByte(DOUBLE);
            out.writeDouble(value);
        });
    }

    /** @param internalName such as {@code java/lang/Object} */
    int classRef(String internalName) {
        int name = utf8(internalName);
        return entry("c" + internalName, 1, () -> {
            out.writeByte(CLASS);
            out.writeShort(name);
        });
    }

    int fieldRef(String owner, String name, String descriptor) {
        return memberRef(FIELD, owner, name, descriptor);
    }

    int methodRef(String owner, String name, String descriptor) {
        return memberRef(METHOD, owner, name, descriptor);
    }

    private int memberRef(int tag, String owner, String name, String descriptor) {
        int ownerIndex = classRef(owner);
        int nameAndType = nameAndType(name, descriptor);
        return entry(tag + owner + "." + name + descriptor, 1, () -> {
            out.writeByte(tag);
            out.writeShort(ownerIndex);
            out.writeShort(nameAndType);
        });
    }

    private int nameAndType(String name, String descriptor) {
        int nameIndex = utf8(name);
        int typeIndex = utf8(descriptor);
        return entry("n" + name + descriptor, 1, () -> {
            out.writeByte(NAME_AND_TYPE);
            out.writeShort(nameIndex);
            out.writeShort(typeIndex);
        });
    }

    /** The pool as it goes into the class file: count, then the entries. */
    void writeTo(DataOutputStream classFile) throws IOException {
        if (count > 0xFFFF) {
            throw new IllegalStateException("constant pool too large: " + count);
        }
        classFile.writeShort(count);
        bytes.writeTo(classFile);
    }

    private interface Writing {
        void write() throws IOException;
    }

    private int entry(String key, int width, Writing writing) {
        Integer known = indexes.get(key);
        if (known != null) {
            return known;
        }
        try {
            writing.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int index = count;
        count += width;
        indexes.put(key, index);
        return index;
    }
}
