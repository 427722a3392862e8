package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import vn.thidua.security.Actor;
import vn.thidua.security.Role;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import may touch only units the importer manages, where they stand and where they would stand. */
class UnitImportScopeTest {

    private final Actor staff = new Actor(2, "canbo", Role.STAFF, 2L, "/91/909/");
    private final Actor admin = new Actor(1, "quantri", Role.ADMIN, null, "/");
    private final Map<String, String> existing = Map.of(
            "909", "/91/909/",
            "31021", "/91/909/31021/",
            "00004", "/01/001/00004/",
            "001", "/01/001/");

    @Test
    void newAndExistingUnitsInsideTheSubtreePass() {
        List<UnitCsvRow> rows = List.of(
                new UnitCsvRow(2, "31021", "Thuận Hoà (renamed)", "Xã", "909"),
                new UnitCsvRow(3, "31099", "Xã mới", "Xã", "909"),
                new UnitCsvRow(4, "31099-01", "Ấp 1", "Ấp", "31099"));
        assertTrue(UnitImportScope.check(staff, rows, existing).isEmpty());
    }

    @Test
    void anExistingUnitOfAnotherDistrictNamedInARowIsRefusedWithItsLine() {
        // the reported attack: Hà Nội's Phường Ba Đình moved under An Minh and renamed
        List<UnitCsvRow> rows = List.of(
                new UnitCsvRow(2, "31099", "Xã mới", "Xã", "909"),
                new UnitCsvRow(3, "00004", "X", "Xã", "909"));
        List<UnitCsvError> errors = UnitImportScope.check(staff, rows, existing);
        assertEquals(1, errors.size());
        assertEquals(3, errors.get(0).getLine());
        assertEquals("import.error.outOfScope", errors.get(0).getKey());
        assertEquals(List.of("00004"), errors.get(0).getArgs());
    }

    @Test
    void aUnitOfOneselfMovedOutOrPlacedUnderAForeignParentIsRefused() {
        List<UnitCsvRow> rows = List.of(
                new UnitCsvRow(2, "31021", "Thuận Hoà", "Xã", "001"),
                new UnitCsvRow(3, "31098", "Xã mới", "Xã", "001"));
        assertEquals(List.of(2, 3), UnitImportScope.check(staff, rows, existing).stream().map(UnitCsvError::getLine).toList());
    }

    @Test
    void aChildOfARefusedRowFollowsItsParentsFuturePath() {
        List<UnitCsvRow> rows = List.of(
                new UnitCsvRow(2, "31097", "Xã mới", "Xã", "001"),
                new UnitCsvRow(3, "31097-01", "Ấp 1", "Ấp", "31097"));
        assertEquals(2, UnitImportScope.check(staff, rows, existing).size());
    }

    @Test
    void rootsOnlyByTheAdministratorAndAnExistingUnitWithoutParentStaysWhereItIs() {
        List<UnitCsvRow> root = List.of(new UnitCsvRow(2, "99", "Tỉnh mới", "Tỉnh", null));
        assertEquals(1, UnitImportScope.check(staff, root, existing).size());
        assertTrue(UnitImportScope.check(admin, root, existing).isEmpty());
        assertTrue(UnitImportScope.check(staff, List.of(new UnitCsvRow(2, "31021", "Thuận Hoà", "Xã", null)), existing).isEmpty());
        assertEquals(1, UnitImportScope.check(staff, List.of(new UnitCsvRow(2, "00004", "X", "Xã", null)), existing).size());
    }

    @Test
    void theAdministratorMayMoveAnything() {
        assertTrue(UnitImportScope.check(admin, List.of(new UnitCsvRow(2, "00004", "X", "Xã", "909")), existing).isEmpty());
    }
}
