package uk.police.collaboration.ledger.intake;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link RefusalRecorder} around {@link CommandIntake#submit}, the one door every command
 * passes (API, journal, pages, command line), so that each refusal is counted and logged once,
 * wherever it was decided, without the door's own code knowing about meters or logs.
 */
@Configuration(proxyBeanMethods = false)
class RefusalRecording {

    @Bean
    static BeanPostProcessor recordRefusalsAtTheDoor(ObjectProvider<RefusalRecorder> recorder) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof CommandIntake)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) call -> {
                    try {
                        return call.proceed();
                    } catch (RuntimeException e) {
                        if (call.getMethod().getName().equals("submit") && call.getArguments()[0] instanceof CommandEnvelope envelope) {
                            recorder.getObject().record(envelope, e);
                        }
                        throw e;
                    }
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }
}
