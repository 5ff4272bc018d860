package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;

/** The PNG encoder writes the very bytes ImageIO's PNG writer writes, so that no published PNG changes. */
class PngEncoderTest {

    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage intRgb(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    @Test
    void aLinkPreviewCardIsEncodedAsImageIoEncodesIt() throws IOException {
        for (Script script : Script.values()) {
            PreviewCard card = new PreviewCard("Shaffof", "Hududlar", "Andijon viloyati", "630 000", "Izoh", "Sana",
                    "UZ-AN", Set.of("UZ-AN", "UZ-BU"), null, script);
            BufferedImage drawn = intRgb(ImageIO.read(new ByteArrayInputStream(
                    PngRenderer.png(card.svg(), PreviewCard.WIDTH, PreviewCard.HEIGHT))));
            assertArrayEquals(imageIo(drawn), PngEncoder.encode(drawn), script.name());
        }
    }

    @Test
    void noiseThatFillsManyIdatChunksIsEncodedAsImageIoEncodesIt() throws IOException {
        BufferedImage noise = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(17);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) noise.setRGB(x, y, random.nextInt());
        }
        assertArrayEquals(imageIo(noise), PngEncoder.encode(noise));
    }

    @Test
    void oneWhitePixelIsEncodedAsImageIoEncodesIt() throws IOException {
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, 0xffffff);
        assertArrayEquals(imageIo(pixel), PngEncoder.encode(pixel));
    }

    @Test
    void anImageWithAlphaIsRefused() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(argb));
    }
}
