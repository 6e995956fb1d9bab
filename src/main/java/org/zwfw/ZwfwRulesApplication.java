package org.zwfw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZwfwRulesApplication {
    /**
     * With no command (or {@code serve}) it runs the service; {@code help} lists the commands ({@link
     * org.zwfw.platform.cli.Commands}); an unknown command exits 2 naming the nearest one.
     */
    public static void main(String[] args) {
        int exit = org.zwfw.platform.cli.Commands.dispatch(args, System.out, System.err);
        if (exit != org.zwfw.platform.cli.Commands.SERVE) {
            System.exit(exit);
        }
        SpringApplication.run(ZwfwRulesApplication.class, org.zwfw.platform.cli.Commands.serviceArgs(args));
    }
}
