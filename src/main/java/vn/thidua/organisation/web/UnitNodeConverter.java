package vn.thidua.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.security.CurrentActor;

/**
 * Pickers submit a unit's id. Units are public administrative facts (name, code, type), so any signed-in user may
 * resolve an id (a cluster leader's chair picks communes outside their own unit); what may be done with the unit is
 * decided by the service of each action, which re-checks role and scope: ids in requests are never trusted there.
 */
@Dependent
@FacesConverter(forClass = UnitNode.class, managed = true)
public class UnitNodeConverter implements Converter<UnitNode> {

    @Inject
    UnitQueries units;

    @Inject
    CurrentActor current;

    @Override
    public UnitNode getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            current.get(); // signed-in callers only
            return units.node(Long.parseLong(value.strip())).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitNode value) {
        return value == null ? "" : String.valueOf(value.getId());
    }
}
