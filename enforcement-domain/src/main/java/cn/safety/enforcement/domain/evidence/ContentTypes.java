package cn.safety.enforcement.domain.evidence;

import java.io.InputStream;

/**
 * Port: the media type of a file as its bytes show it (magic numbers, container headers), never as its name claims. A
 * file named {@code .jpg} that holds a program is an {@code application/x-msdownload}, not an image.
 */
public interface ContentTypes {

    /**
     * The media type of the content, e.g. {@code image/jpeg}, without parameters; {@code application/octet-stream}
     * when nothing is recognised. {@code in} supports {@link InputStream#mark mark}: the detector reads the start of
     * it and resets it, so that the caller streams the whole content afterwards. The file name is a hint only where
     * the bytes leave a choice between types of one family.
     */
    String detect(InputStream in, String fileName);
}
