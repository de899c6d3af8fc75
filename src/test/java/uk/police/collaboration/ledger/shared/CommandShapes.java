package uk.police.collaboration.ledger.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import java.util.List;

/**
 * A command's shape: its bean-validation constraints, checked at dispatch before any rule of the
 * aggregate (a misshapen command is refused as INVALID_FIELD, never as a RuleViolation).
 */
public final class CommandShapes {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private CommandShapes() {
    }

    /** The property paths ("title", "parties[0].name") that break the object's constraints; empty when well shaped. */
    public static List<String> invalidFields(Object command) {
        return VALIDATOR.validate(command).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .toList();
    }
}
