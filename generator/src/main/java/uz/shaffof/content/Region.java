package uz.shaffof.content;

import java.util.List;
import uz.shaffof.problem.SourcePos;

/**
 * A territorial unit of Uzbekistan: one of the 12 regions (viloyat), the Republic of Karakalpakstan, or the
 * city of Tashkent. {@code code} is ISO 3166-2:UZ (for example {@code UZ-AN}); {@code slug} is the ASCII Latin
 * path segment shared by both editions.
 */
public record Region(String code, String slug, RegionKind kind, Text name, Text center, List<Text> districts,
                     SourcePos pos) {
    public Region {
        districts = List.copyOf(districts);
    }
}
