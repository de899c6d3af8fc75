package uk.police.collaboration.ledger.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The savings register: public, like the funding register (the papers it comes from are public board papers). */
@RestController
@Tag(name = "Registers", description = "Agreements in force, decisions and funding across programmes")
class SavingsRegisterController {

    private final SavingsRegister register;

    SavingsRegisterController(SavingsRegister register) {
        this.register = register;
    }

    @Operation(summary = "Savings across programmes, per party, financial year and category, cashable or not")
    @GetMapping(path = "/api/registers/savings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SavingsRegister.SavingsEntryView> savings(@RequestParam(required = false) String collaboration,
                                                   @RequestParam(required = false) String financialYear,
                                                   @RequestParam(required = false) String party) {
        return register.entries(collaboration, financialYear, party);
    }
}
