package org.regia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class RegiaApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegiaApplication.class, args);
    }
}
