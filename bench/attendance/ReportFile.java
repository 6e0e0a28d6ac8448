import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a Zoom participant report (English UI, UTF-8 with BOM) of ROWS rows: PEOPLE people rejoining several
 * times each. The first REGISTERED of them are bench-{seed}-{n}@example.org, whom the benchmark registered;
 * a third of the rest are guests without an email, the others have addresses nobody registered.
 *
 * java ReportFile.java OUT ROWS PEOPLE REGISTERED SEED DAY — DAY (yyyy-MM-dd) is the seminar's, which starts at 10:00.
 */
public class ReportFile {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int people = Integer.parseInt(args[2]);
        int registered = Integer.parseInt(args[3]);
        String seed = args[4];
        LocalDate day = LocalDate.parse(args[5]);
        Random random = new Random(seed.hashCode());
        DateTimeFormatter zoom = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
        LocalDateTime start = day.atTime(10, 0);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("\uFEFFMeeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n");
            w.write("812 3456 7890,ベンチマーク " + seed + "," + zoom.format(start) + "," + zoom.format(start.plusHours(2))
                    + ",host@example.org,120," + people + "\n,,,,,,\n");
            w.write("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\n");
            for (int row = 0; row < rows; row++) {
                int person = row % people;
                LocalDateTime joined = start.plusSeconds(random.nextInt(100 * 60));
                LocalDateTime left = joined.plusSeconds(60 + random.nextInt(20 * 60));
                String email = person < registered ? "bench-" + seed + "-" + person + "@example.org"
                        : person % 3 == 0 ? "" : "visitor-" + person + "@example.net";
                String name = person < registered ? "参加者 " + person : person % 3 == 0 ? "ゲスト" + person : "Visitor, No. " + person;
                w.write("\"" + name + "\"," + email + "," + zoom.format(joined) + "," + zoom.format(left) + ","
                        + (left.getMinute() - joined.getMinute() + 60) % 60 + "," + (email.isEmpty() ? "Yes" : "No") + ",Yes\n");
            }
        }
    }
}
