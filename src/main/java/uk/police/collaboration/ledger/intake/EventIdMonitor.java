package uk.police.collaboration.ledger.intake;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/** Notes the identifier of every event a command publishes, for the command's answer. */
@Configuration(proxyBeanMethods = false)
class EventIdMonitor {

    /**
     * A monitor sees each event as it is published inside the command's unit of work (dispatch
     * interceptors run later, at commit, after the handler has answered).
     */
    @Bean
    static ConfigurerModule noteEventIds() {
        return configurer -> configurer.configureMessageMonitor(EventStore.class,
                (configuration, componentType, componentName) -> new MessageMonitor<Message<?>>() {
                    @Override
                    public MonitorCallback onMessageIngested(Message<?> message) {
                        if (message instanceof EventMessage<?> event && CurrentUnitOfWork.isStarted()) {
                            List<String> ids = CurrentUnitOfWork.get().root()
                                    .getOrComputeResource(CommandBusInterceptors.EVENT_IDS, key -> new ArrayList<String>());
                            ids.add(event.getIdentifier());
                        }
                        return NoOpMessageMonitorCallback.INSTANCE;
                    }
                });
    }

}
