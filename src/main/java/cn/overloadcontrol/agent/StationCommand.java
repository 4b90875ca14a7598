package cn.overloadcontrol.agent;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.overloadcontrol.agent.platform.CredentialStore;
import cn.overloadcontrol.agent.platform.PairingClient;
import cn.overloadcontrol.agent.platform.PairingException;
import cn.overloadcontrol.agent.platform.PlatformClient;
import cn.overloadcontrol.agent.platform.PlatformCredential;

/**
 * The {@code station} command: {@code station [--simulate] [Spring options]} starts the station,
 * and {@code station pair --platform URL --code CODE [--data-dir DIR]} pairs it with a platform
 * without starting the web page. The pair command prints its errors in Chinese, like the station's page.
 */
public final class StationCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;
    private static final String DEFAULT_DATA_DIR = "./data/station";

    private StationCommand() {
    }

    /** Runs {@code station ...}; {@code args} are the arguments after "station". */
    public static void run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("pair")) {
            System.exit(pair(Arrays.asList(args).subList(1, args.length), out, err));
        }
        if (args.length > 0 && args[0].equals("camera-secret")) {
            System.exit(cameraSecret(Arrays.asList(args).subList(1, args.length), readSecret(out), out, err));
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            printUsage(out);
            return;
        }
        StationApplication.run(springArguments(args));
    }

    /** Turns {@code --simulate} into the property that selects the indicator simulator. */
    static String[] springArguments(String[] args) {
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            spring.add(arg.equals("--simulate") ? "--station.simulate=true" : arg);
        }
        return spring.toArray(String[]::new);
    }

    static int pair(List<String> args, PrintStream out, PrintStream err) {
        PairingMessages messages = new PairingMessages();
        String platform = null;
        String code = null;
        String dataDir = DEFAULT_DATA_DIR;
        for (int index = 0; index < args.size(); index++) {
            String option = args.get(index);
            String value;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                // Accepts the Spring form --name=value too, as the run command takes --station.data-dir=DIR.
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            } else if (index + 1 >= args.size()) {
                err.println(messages.text("agent.pair.cli.valueMissing", option));
                printUsage(err);
                return USAGE_ERROR;
            } else {
                value = args.get(++index);
            }
            switch (option) {
                case "--platform" -> platform = value;
                case "--code" -> code = value;
                case "--data-dir", "--station.data-dir" -> dataDir = value;
                default -> {
                    err.println(messages.text("agent.pair.cli.optionUnknown", option));
                    printUsage(err);
                    return USAGE_ERROR;
                }
            }
        }
        if (platform == null || code == null) {
            err.println(messages.text("agent.pair.cli.required"));
            printUsage(err);
            return USAGE_ERROR;
        }
        Clock clock = Clock.systemUTC();
        PairingClient pairing = new PairingClient(new PlatformClient(clock), new CredentialStore(Path.of(dataDir)),
                clock);
        try {
            PlatformCredential credential = pairing.pair(platform, code);
            out.println(messages.text("agent.pair.cli.done", credential.stationCode(), credential.platformUrl(),
                    credential.keyId(), Path.of(dataDir).toAbsolutePath()));
            return OK;
        } catch (IllegalArgumentException e) {
            err.println(messages.failed(messages.text("agent.pairing.urlInvalid", platform.strip())));
            return USAGE_ERROR;
        } catch (PairingException e) {
            err.println(messages.failed(messages.reason(e, platform.strip())));
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(messages.text("agent.pair.cli.interrupted"));
            return FAILED;
        }
    }

    /**
     * Encrypts a camera password with this station's key and prints the {@code enc:} value for
     * application-station.yml; the password itself is never printed.
     */
    public static int cameraSecret(List<String> args, String secret, PrintStream out, PrintStream err) {
        String dataDir = DEFAULT_DATA_DIR;
        for (String arg : args) {
            if (arg.startsWith("--data-dir=") || arg.startsWith("--station.data-dir=")) {
                dataDir = arg.substring(arg.indexOf('=') + 1);
            } else {
                err.println("未知选项：" + arg);
                printUsage(err);
                return USAGE_ERROR;
            }
        }
        if (secret == null || secret.isEmpty()) {
            err.println("未输入密码，未生成任何内容");
            return USAGE_ERROR;
        }
        out.println(new CredentialStore(Path.of(dataDir)).encryptText(secret));
        return OK;
    }

    /** Reads the password without echo from the console, or one line from standard input when piped. */
    private static String readSecret(PrintStream out) {
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("摄像机密码（不回显）：");
            return typed == null ? null : new String(typed);
        }
        try {
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    StandardCharsets.UTF_8));
            return in.readLine();
        } catch (java.io.IOException e) {
            out.println("读取密码失败：" + e.getMessage());
            return null;
        }
    }

    private static void printUsage(PrintStream stream) {
        stream.println("Usage: java -jar <jar> station [--simulate] [--station.data-dir=DIR] [Spring options]");
        stream.println("       java -jar <jar> station pair --platform URL --code CODE [--data-dir DIR | --station.data-dir=DIR]");
        stream.println("       java -jar <jar> station camera-secret [--data-dir=DIR]");
        stream.println("  --simulate   feed the weighing cycle from the built-in indicator simulator; without");
        stream.println("               station.boards, show the verdicts on an emulated Onbon card on 127.0.0.1");
        stream.println("  camera-secret  read a camera password and print its enc:... value for station.cameras.rtsp[].password");
        stream.println("  pair         redeem a one-time pairing code from the station's page on the platform");
    }
}
