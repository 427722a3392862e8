package vn.thidua.assessment.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.assessment.ResultCsvParser;
import vn.thidua.assessment.ResultCsvResult;
import vn.thidua.assessment.ResultService;
import vn.thidua.assessment.ResultsRefused;
import vn.thidua.security.CurrentActor;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * POST /api/v1/campaigns/{id}/results with a CSV body (`unit_code,measure,value`, UTF-8): the same validation as the
 * import page, all or nothing, in the caller's scope (a chair only for their own commune's units). 200 with the
 * number of values recorded, or 400 with every refused line: its number, message key and Vietnamese message.
 */
@Path("campaigns/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    CurrentActor current;

    @Inject
    ResultService service;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response record(@PathParam("id") long campaignId, byte[] csv) {
        ResultCsvResult parsed = new ResultCsvParser().parse(csv == null ? new byte[0] : csv);
        if (!parsed.isOk()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            parsed.getErrors().forEach(e -> errors.add(error(e.getLine(), e.getKey(), e.getArgs().toArray())));
            return refused(errors);
        }
        List<ResultService.Line> lines = parsed.getRows().stream()
                .map(r -> new ResultService.Line(r.getLine(), r.getUnitCode(), r.getMeasure(), r.getValue())).toList();
        try {
            int recorded = service.record(current.get(), campaignId, lines);
            return Response.ok(Map.of("recorded", recorded)).build();
        } catch (ResultsRefused refused) {
            List<Map<String, Object>> errors = new ArrayList<>();
            refused.getErrors().forEach(e -> errors.add(error(e.getLine(), e.getKey(), e.getArgs().toArray())));
            return refused(errors);
        }
    }

    private static Response refused(List<Map<String, Object>> errors) {
        return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "results.refused", "errors", errors)).build();
    }

    private static Map<String, Object> error(int line, String key, Object[] args) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", line);
        error.put("key", key);
        ResourceBundle bundle = ResourceBundle.getBundle("vn.thidua.i18n.messages", VI);
        error.put("message", bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), VI).format(args) : key);
        return error;
    }
}
