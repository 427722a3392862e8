package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitType;
import vn.thidua.shared.RuleViolation;

import java.lang.reflect.Constructor;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CampaignTest {

    private static Unit organiser() throws Exception {
        Constructor<UnitType> c = UnitType.class.getDeclaredConstructor();
        c.setAccessible(true);
        return new Unit("909", "An Minh", c.newInstance(), null, null);
    }

    @Test
    void movesDraftLaunchedClosedAndNeverBack() throws Exception {
        Campaign campaign = new Campaign(organiser(), 2022, "Thi đua năm 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        assertEquals(CampaignStatus.DRAFT, campaign.getStatus());
        assertEquals("campaign.error.notLaunched", assertThrows(RuleViolation.class, campaign::close).getKey());
        campaign.launch();
        assertEquals("campaign.error.notDraft", assertThrows(RuleViolation.class, campaign::launch).getKey());
        campaign.close();
        assertEquals(CampaignStatus.CLOSED, campaign.getStatus());
        assertThrows(RuleViolation.class, campaign::requireOpen);
        assertThrows(RuleViolation.class, () -> campaign.edit(2022, "x", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)));
    }

    @Test
    void refusesBadYearsPeriodsAndNames() throws Exception {
        Unit o = organiser();
        assertEquals("campaign.error.year", assertThrows(RuleViolation.class,
                () -> new Campaign(o, 1999, "x", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1))).getKey());
        assertEquals("campaign.error.period", assertThrows(RuleViolation.class,
                () -> new Campaign(o, 2022, "x", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 2, 1))).getKey());
        assertEquals("error.required", assertThrows(RuleViolation.class,
                () -> new Campaign(o, 2022, "   ", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1))).getKey());
    }

    @Test
    void copyMovesTheYearInTheNameAndThePeriod() throws Exception {
        Campaign campaign = new Campaign(organiser(), 2022, "Thi đua năm 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        Campaign next = campaign.copyForNextYear();
        assertEquals(2023, next.getYear());
        assertEquals("Thi đua năm 2023", next.getName());
        assertEquals(LocalDate.of(2023, 12, 31), next.getEndsOn());
        assertEquals(CampaignStatus.DRAFT, next.getStatus());
    }
}
