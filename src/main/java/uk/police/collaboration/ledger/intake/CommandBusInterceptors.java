package uk.police.collaboration.ledger.intake;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Two interceptors that make a command's answer complete wherever it is handled:
 * events published while handling a command are noted in its unit of work, and the handler's
 * answer becomes a {@link CommandOutcome} naming them; a broken rule leaves the handler as a
 * CommandExecutionException whose details survive serialisation (Axon Server) intact.
 */
@Configuration(proxyBeanMethods = false)
class CommandBusInterceptors {

    private static final String EVENT_IDS = CommandBusInterceptors.class.getName() + ".eventIds";

    @Autowired
    void register(CommandBus commandBus, EventStore eventStore) {
        eventStore.registerDispatchInterceptor(noteEventIds());
        commandBus.registerHandlerInterceptor(answerWithOutcome());
    }

    private static MessageDispatchInterceptor<EventMessage<?>> noteEventIds() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                return (index, event) -> {
                    if (CurrentUnitOfWork.isStarted()) {
                        List<String> ids = CurrentUnitOfWork.get().root()
                                .getOrComputeResource(EVENT_IDS, key -> new ArrayList<String>());
                        ids.add(event.getIdentifier());
                    }
                    return event;
                };
            }
        };
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
