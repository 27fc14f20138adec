using System.Text;
using Microsoft.AspNetCore.Http;

namespace Tthc.Api;

/// <summary>
/// Reads a request body within a route's own limit: a body announced larger is refused before a byte is read, one sent
/// without a length is not read past the limit; either way the answer is 413 (<see cref="ApiExceptionHandler"/> maps the
/// <see cref="BadHttpRequestException"/>, as it maps Kestrel's own 413 and 408 for a body too large or too slow).
/// </summary>
public static class ApiBody
{
    /// <summary>The body as UTF-8 text, at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="BadHttpRequestException">413: the body is larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<string> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(request.ContentLength.Value, maxBytes);
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(buffer.Length + read, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static BadHttpRequestException TooLarge(long length, long maxBytes)
        => new($"{length} byte > giới hạn {maxBytes} byte của đường dẫn này / over this route's {maxBytes}-byte limit.", StatusCodes.Status413PayloadTooLarge);
}
