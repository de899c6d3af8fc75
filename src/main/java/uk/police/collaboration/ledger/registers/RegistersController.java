package uk.police.collaboration.ledger.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.readside.Params;
import uk.police.collaboration.ledger.readside.ReaderClearance;

import java.util.List;

@RestController
@Tag(name = "Registers", description = "Agreements in force, decisions and funding across programmes")
class RegistersController {

    private final Registers registers;

    RegistersController(Registers registers) {
        this.registers = registers;
    }

    @Operation(summary = "Agreements in force across programmes (the register PCCs publish)")
    @GetMapping(path = "/api/registers/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Registers.AgreementEntryView> agreements(@RequestParam(required = false) String collaboration,
                                                  HttpServletRequest request) {
        return registers.agreements(collaboration, ReaderClearance.of(request));
    }

    @Operation(summary = "Decisions across programmes; PUBLIC and FOI readers see published decisions only, redactions applied")
    @GetMapping(path = "/api/registers/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Registers.DecisionEntryView> decisions(@RequestParam(required = false) String collaboration,
                                                @RequestParam(required = false) String from,
                                                @RequestParam(required = false) String to,
                                                HttpServletRequest request) {
        return registers.decisions(collaboration, Params.date("from", from), Params.date("to", to),
                ReaderClearance.of(request));
    }

    @Operation(summary = "Funding by programme, financial year and party (partyId null: the whole year)")
    @GetMapping(path = "/api/registers/funding", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Registers.FundingEntryView> funding(@RequestParam(required = false) String collaboration,
                                             @RequestParam(required = false) String financialYear,
                                             HttpServletRequest request) {
        return registers.funding(collaboration, financialYear, ReaderClearance.of(request));
    }
}
