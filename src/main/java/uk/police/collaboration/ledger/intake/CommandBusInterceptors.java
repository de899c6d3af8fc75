package uk.police.collaboration.ledger.intake;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.util.List;

/**
 * Make a command's answer complete wherever it is handled:
 * events published while handling a command are noted in its unit of work, and the handler's
 * answer becomes a {@link CommandOutcome} naming them; a broken rule leaves the handler as a
 * CommandExecutionException whose details survive serialisation (Axon Server) intact.
 */
@Configuration(proxyBeanMethods = false)
class CommandBusInterceptors {

    static final String EVENT_IDS = CommandBusInterceptors.class.getName() + ".eventIds";

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(answerWithOutcome());
    }

    private static MessageHandlerInterceptor<CommandMessage<?>> answerWithOutcome() {
        return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
            try {
                Object answer = chain.proceed();
                List<String> ids = unitOfWork.root().getOrDefaultResource(EVENT_IDS, List.of());
                String recordId = answer instanceof CommandOutcome outcome ? outcome.recordId()
                        : answer != null ? answer.toString() : null;
                return new CommandOutcome(recordId, ids);
            } catch (RuleViolation violation) {
                throw new CommandExecutionException(violation.rule(), null,
                        new RuleBroken(violation.code(), violation.rule(), violation.fields()));
            } catch (CommandRefused refused) {
                throw new CommandExecutionException(refused.rule(), null, refused.asRuleBroken());
            }
        };
    }
}
