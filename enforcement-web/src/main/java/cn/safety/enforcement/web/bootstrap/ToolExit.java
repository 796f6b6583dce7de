package cn.safety.enforcement.web.bootstrap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the generator or the benchmark ran as a command, the application stops instead of serving pages. */
@Component
@Order(100)
class ToolExit implements ApplicationRunner {

    private final ApplicationContext context;
    private final boolean tool;

    ToolExit(ApplicationContext context, ToolProperties settings) {
        this.context = context;
        this.tool = settings.tool().exit() && (settings.generate().enterprises() > 0
                || settings.benchmark().runs() > 0 || settings.benchmark().importRows() > 0);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tool) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
