package org.xinqiao;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.TimeZone;

@OpenAPIDefinition(info = @Info(title = "Xinqiao API", version = "v1",
        description = "Backend for the care of rural left-behind children: accounts, needs, services, points, fund, schedules, plugins. "
                + "Every error is application/problem+json with a stable `code`."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        // Instants are stored as UTC wall time; a JVM in another zone must not shift them.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Micronaut.build(args).banner(false).start();
    }
}
