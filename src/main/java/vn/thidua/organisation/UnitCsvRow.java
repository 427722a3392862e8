package vn.thidua.organisation;

import java.util.Objects;

/**
 * One unit read from an import file, already cleaned: code trimmed, name and type in Unicode NFC with white space
 * folded, type spelled exactly as in the parser's list of known type names. Immutable.
 */
public final class UnitCsvRow {

    private final int line;
    private final String code;
    private final String name;
    private final String typeName;
    private final String parentCode;

    public UnitCsvRow(int line, String code, String name, String typeName, String parentCode) {
        this.line = line;
        this.code = code;
        this.name = name;
        this.typeName = typeName;
        this.parentCode = parentCode;
    }

    /** 1-based physical line of the file where the unit is defined (for a 2025 province: where it first appears). */
    public int getLine() {
        return line;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTypeName() {
        return typeName;
    }

    /** Code of the parent unit, in the file or already in the database; {@code null} for a root. */
    public String getParentCode() {
        return parentCode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UnitCsvRow)) {
            return false;
        }
        UnitCsvRow other = (UnitCsvRow) o;
        return line == other.line && Objects.equals(code, other.code) && Objects.equals(name, other.name)
                && Objects.equals(typeName, other.typeName) && Objects.equals(parentCode, other.parentCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, code, name, typeName, parentCode);
    }

    @Override
    public String toString() {
        return "UnitCsvRow[line=" + line + ", code=" + code + ", name=" + name + ", type=" + typeName
                + ", parent=" + parentCode + "]";
    }
}
