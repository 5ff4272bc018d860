package uz.shaffof.content;

import java.time.LocalDate;
import uz.shaffof.problem.SourcePos;

/** A dated event of a region's public services, such as the launch of the khokim's virtual reception. */
public record PortalEvent(String region, LocalDate date, Text title, Citation citation, SourcePos pos) {}
