package ru.kogalym.civic.command.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Servlet container settings that keep malformed paths inside the API's error contract. */
@Configuration(proxyBeanMethods = false)
class ServletContainerConfiguration {

    /**
     * Tomcat answers an encoded slash ({@code /api/ncos/a%2Fb/...}) with its own HTML error page; passed through, it
     * reaches Spring MVC, which decodes the path variable and lets {@link Ids} refuse it as a problem.
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheApi() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    /** What Tomcat rejects before the application sees it is answered as problem+json too. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAsProblems() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
