package org.zwfw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZwfwRulesApplication {
    public static void main(String[] args) {
        SpringApplication.run(ZwfwRulesApplication.class, args);
    }
}
