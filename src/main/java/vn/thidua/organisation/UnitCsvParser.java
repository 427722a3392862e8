package vn.thidua.organisation;

import vn.thidua.shared.Names;
import vn.thidua.shared.csv.CsvReader;
import vn.thidua.shared.csv.CsvText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a CSV file of administrative units for an all-or-nothing import, checks every row and puts the units in an
 * order in which they can be inserted (every parent before its children). It never stops at the first problem: it
 * reports them all, in line order, up to {@value #MAX_ERRORS}.
 *
 * <p>Two formats, told apart by the header line (column names are compared trimmed and case-insensitively):
 * <ul>
 * <li>{@code unit_code,unit_name,unit_type,parent_code} — one unit per line, parent code empty for a root; the parent
 * may be anywhere in the file or already in the database;</li>
 * <li>{@code province_code,province_name,commune_code,commune_name,commune_type} — the official 2025 list: each distinct
 * province becomes a unit too ("Thành phố" when its name starts with "Thành phố ", otherwise "Tỉnh", no parent),
 * placed before its communes, and each commune gets its province as parent.</li>
 * </ul>
 *
 * <p>The file is UTF-8 with or without a byte-order mark, lines end in LF or CRLF, fields may be quoted as in RFC 4180
 * (a quoted field may hold commas, doubled quotes and line breaks). Fields are trimmed; names and types are put in
 * Unicode NFC with inner white space folded ({@link Names#clean}), like {@link Unit} stores them. Blank lines, and
 * lines whose fields are all blank, are skipped. Line numbers are physical lines of the file, the header being line 1;
 * a record that spans several lines is reported at the line where it starts. Decoding and record reading are
 * {@link CsvText} and {@link CsvReader}, shared with the results import; the rules and message keys are this class's.
 *
 * <p>Pure Java, no database: whether a parent code already exists is asked through the {@code existingCode} predicate
 * (at most once per distinct code, and only for parents not defined in the file). An instance keeps no state between
 * calls to {@link #parse}: one instance may serve many threads if the predicate may.
 */
public final class UnitCsvParser {

    /** Errors reported before the list is cut and {@code import.error.tooMany} added. */
    public static final int MAX_ERRORS = 200;
    /** Longest unit name, as {@link Unit#MAX_NAME}. */
    public static final int MAX_NAME = 200;

    static final String TYPE_PROVINCE = "Tỉnh";
    static final String TYPE_CITY = "Thành phố";
    private static final String CITY_PREFIX = "Thành phố ";

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,32}");

    private static final List<String> UNITS_HEADER = List.of("unit_code", "unit_name", "unit_type", "parent_code");
    private static final List<String> OFFICIAL_HEADER =
            List.of("province_code", "province_name", "commune_code", "commune_name", "commune_type");
    private static final String EXPECTED_HEADERS =
            String.join(",", UNITS_HEADER) + " | " + String.join(",", OFFICIAL_HEADER);

    /** Normalised type name → the caller's spelling of it. */
    private final Map<String, String> knownTypes;
    private final Predicate<String> existingCode;

    /**
     * @param knownTypeNames unit type names that exist ("Tỉnh", "Xã", …), compared after NFC normalisation and
     *                       trimming, case-sensitive; rows carry the spelling given here
     * @param existingCode   whether a unit code already exists in the database (a parent may be an existing unit)
     */
    public UnitCsvParser(Set<String> knownTypeNames, Predicate<String> existingCode) {
        Objects.requireNonNull(knownTypeNames, "knownTypeNames");
        this.existingCode = Objects.requireNonNull(existingCode, "existingCode");
        Map<String, String> types = new HashMap<>();
        for (String name : knownTypeNames) {
            if (name != null) {
                types.putIfAbsent(Names.clean(name), name);
            }
        }
        this.knownTypes = Map.copyOf(types);
    }

    public UnitCsvResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        String text;
        try {
            text = CsvText.decodeUtf8(content);
        } catch (CsvText.BadEncoding e) {
            return new UnitCsvResult(null, List.of(), List.of(new UnitCsvError(e.getLine(), "import.error.encoding")));
        }
        return new Run(text).parse();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Mutable working copy of a row while the file is checked. */
    private static final class Draft {
        final int line;
        final String code;
        final String name;
        final String typeName;
        final String parentCode;

        Draft(int line, String code, String name, String typeName, String parentCode) {
            this.line = line;
            this.code = code;
            this.name = name;
            this.typeName = typeName;
            this.parentCode = parentCode;
        }
    }

    /** State of one call to {@link #parse}. */
    private final class Run {

        private final CsvReader reader;
        private final List<UnitCsvError> errors = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        /** Code → index in {@link #drafts} of its first definition. */
        private final Map<String, Integer> firstByCode = new HashMap<>();
        /** Codes on lines with the wrong number of columns: not imported, but not reported again as missing parents. */
        private final Set<String> brokenCodes = new HashSet<>();
        /** 2025 format: province code → its draft. */
        private final Map<String, Draft> provinces = new LinkedHashMap<>();

        Run(String text) {
            this.reader = CsvReader.of(text);
        }

        UnitCsvResult parse() {
            List<String> header = nextNonBlank();
            if (header == null) {
                if (!reader.unclosedQuote()) {
                    error(0, "import.error.empty");
                }
                return finish(null, List.of());
            }
            String format = detect(header);
            if (format == null) {
                error(reader.recordLine(), "import.error.header", EXPECTED_HEADERS);
                return finish(null, List.of());
            }
            int expectedColumns = header.size();
            boolean anyData = false;
            List<String> fields;
            while ((fields = nextNonBlank()) != null) {
                anyData = true;
                int line = reader.recordLine();
                if (fields.size() != expectedColumns) {
                    error(line, "import.error.columns", expectedColumns, fields.size());
                    String first = fields.get(0).strip();
                    if (!first.isEmpty()) {
                        brokenCodes.add(first);
                    }
                    continue;
                }
                if (format.equals(UnitCsvResult.FORMAT_UNITS)) {
                    unitsLine(line, fields);
                } else {
                    officialLine(line, fields);
                }
            }
            if (!anyData && !reader.unclosedQuote()) {
                error(0, "import.error.empty");
                return finish(format, List.of());
            }
            int[] parentIndex = checkParents();
            checkCycles(parentIndex);
            return finish(format, ordered(parentIndex));
        }

        /** The next record that is not blank, or null at the end (reporting an unclosed quote). */
        private List<String> nextNonBlank() {
            List<String> fields = reader.nextNonBlank();
            if (fields == null && reader.unclosedQuote()) {
                error(reader.recordLine(), "import.error.quote");
            }
            return fields;
        }

        // --- the two formats ---------------------------------------------------------------------------------------

        private void unitsLine(int line, List<String> f) {
            String code = code(line, f.get(0), "unit_code");
            String name = name(line, f.get(1), "unit_name");
            String type = type(line, f.get(2));
            String parent = f.get(3).strip();
            add(new Draft(line, code, name, type, parent.isEmpty() ? null : parent));
        }

        private void officialLine(int line, List<String> f) {
            String provinceCode = f.get(0).strip();
            String provinceName = clean(f.get(1));
            if (provinceCode.isEmpty()) {
                error(line, "import.error.emptyCode", "province_code");
                if (provinceName.isEmpty()) {
                    error(line, "import.error.emptyName", "province_name");
                }
            } else {
                Draft province = provinces.get(provinceCode);
                if (province == null) {
                    code(line, provinceCode, "province_code");
                    name(line, provinceName, "province_name");
                    String type = type(line, provinceName.startsWith(CITY_PREFIX) ? TYPE_CITY : TYPE_PROVINCE);
                    province = new Draft(line, provinceCode, provinceName, type, null);
                    provinces.put(provinceCode, province);
                    add(province);
                } else if (provinceName.isEmpty()) {
                    error(line, "import.error.emptyName", "province_name");
                } else if (!province.name.isEmpty() && !province.name.equals(provinceName)) {
                    error(line, "import.error.provinceName", provinceCode, provinceName, province.name, province.line);
                }
            }
            String code = code(line, f.get(2), "commune_code");
            String name = name(line, f.get(3), "commune_name");
            String type = type(line, f.get(4));
            add(new Draft(line, code, name, type, provinceCode.isEmpty() ? null : provinceCode));
        }

        // --- field checks ------------------------------------------------------------------------------------------

        private String code(int line, String raw, String column) {
            String code = raw.strip();
            if (code.isEmpty()) {
                error(line, "import.error.emptyCode", column);
            } else if (!CODE.matcher(code).matches()) {
                error(line, "import.error.badCode", code);
            }
            return code;
        }

        private String name(int line, String raw, String column) {
            String name = clean(raw);
            if (name.isEmpty()) {
                error(line, "import.error.emptyName", column);
            } else if (name.length() > MAX_NAME) {
                error(line, "import.error.nameTooLong", MAX_NAME, name.length());
            }
            return name;
        }

        private String type(int line, String raw) {
            String type = clean(raw);
            if (type.isEmpty()) {
                error(line, "import.error.emptyType");
                return type;
            }
            String known = knownTypes.get(type);
            if (known == null) {
                error(line, "import.error.unknownType", type);
                return type;
            }
            return known;
        }

        private void add(Draft draft) {
            int index = drafts.size();
            drafts.add(draft);
            if (draft.code.isEmpty()) {
                return;
            }
            Integer first = firstByCode.putIfAbsent(draft.code, index);
            if (first != null) {
                error(draft.line, "import.error.duplicateCode", draft.code, drafts.get(first).line);
            }
        }

        // --- checks across rows ------------------------------------------------------------------------------------

        /** Reports self-parents and missing parents; returns, per draft, the index of its parent draft or -1. */
        private int[] checkParents() {
            int[] parentIndex = new int[drafts.size()];
            Map<String, Boolean> existing = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                parentIndex[i] = -1;
                if (d.parentCode == null) {
                    continue;
                }
                if (d.parentCode.equals(d.code)) {
                    error(d.line, "import.error.selfParent", d.code);
                    continue;
                }
                Integer parent = firstByCode.get(d.parentCode);
                if (parent != null) {
                    parentIndex[i] = parent;
                } else if (!brokenCodes.contains(d.parentCode) && !reader.unclosedQuote()
                        && !existing.computeIfAbsent(d.parentCode, existingCode::test)) {
                    // after an unclosed quote the rest of the file is unknown: a parent may have been there
                    error(d.line, "import.error.missingParent", d.parentCode);
                }
            }
            return parentIndex;
        }

        /** Each row on a cycle of parent links is reported once, at its own line. */
        private void checkCycles(int[] parentIndex) {
            int n = parentIndex.length;
            byte[] state = new byte[n]; // 0 = not seen, 1 = on the current walk, 2 = done
            List<Integer> walk = new ArrayList<>();
            for (int start = 0; start < n; start++) {
                walk.clear();
                int j = start;
                while (j >= 0 && state[j] == 0) {
                    state[j] = 1;
                    walk.add(j);
                    j = parentIndex[j];
                }
                if (j >= 0 && state[j] == 1) {
                    int k = j;
                    do {
                        Draft d = drafts.get(k);
                        error(d.line, "import.error.cycle", d.code);
                        k = parentIndex[k];
                    } while (k != j);
                }
                for (int w : walk) {
                    state[w] = 2;
                }
            }
        }

        /**
         * File order, except that a parent defined after its child is moved up to just before the first row that
         * needs it. Rows on a cycle (an error anyway) are kept, in some order.
         */
        private List<UnitCsvRow> ordered(int[] parentIndex) {
            int n = drafts.size();
            boolean[] placed = new boolean[n];
            boolean[] onChain = new boolean[n];
            List<UnitCsvRow> rows = new ArrayList<>(n);
            List<Integer> chain = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chain.clear();
                int j = i;
                while (j >= 0 && !placed[j] && !onChain[j]) {
                    onChain[j] = true;
                    chain.add(j);
                    j = parentIndex[j];
                }
                for (int c = chain.size() - 1; c >= 0; c--) {
                    int k = chain.get(c);
                    placed[k] = true;
                    Draft d = drafts.get(k);
                    rows.add(new UnitCsvRow(d.line, d.code, d.name, d.typeName, d.parentCode));
                }
            }
            return rows;
        }

        private void error(int line, String key, Object... args) {
            errors.add(new UnitCsvError(line, key, args));
        }

        private UnitCsvResult finish(String format, List<UnitCsvRow> rows) {
            List<UnitCsvError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(UnitCsvError::getLine)); // stable: same line keeps the order found
            if (sorted.size() > MAX_ERRORS) {
                int total = sorted.size();
                sorted = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
                sorted.add(new UnitCsvError(0, "import.error.tooMany", MAX_ERRORS, total));
            }
            return new UnitCsvResult(format, rows, sorted);
        }
    }

    /**
     * {@link Names#clean}, without its regular expression for text that is already clean (nearly all of it): keeps a
     * big file fast even before the JIT has warmed up.
     */
    private static String clean(String raw) {
        return isClean(raw) ? raw : Names.clean(raw);
    }

    /** True when {@link Names#clean} would return the text unchanged. */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return false;
        }
        boolean afterSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    private static String detect(List<String> header) {
        if (CsvReader.isHeader(header, UNITS_HEADER)) {
            return UnitCsvResult.FORMAT_UNITS;
        }
        if (CsvReader.isHeader(header, OFFICIAL_HEADER)) {
            return UnitCsvResult.FORMAT_OFFICIAL_2025;
        }
        return null;
    }
}
