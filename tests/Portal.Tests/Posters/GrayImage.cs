using System.Globalization;
using System.Text;

namespace Portal.Tests.Posters;

/// <summary>A page rendered by <c>pdftoppm -gray</c> (binary PGM, "P5"): width, height and one byte per pixel, 255 = white.</summary>
public sealed class GrayImage
{
    private readonly byte[] _pixels;

    private GrayImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte this[int x, int y] => _pixels[(y * Width) + x];

    public static GrayImage Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        position++; // the single whitespace after the header
        return new GrayImage(width, height, bytes[position..(position + (width * height))]);
    }

    /// <summary>Pixels darker than near-white inside the rectangle [x0, x1) × [y0, y1).</summary>
    public int InkIn(int x0, int y0, int x1, int y1)
    {
        var ink = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                if (this[x, y] < 240)
                {
                    ink++;
                }
            }
        }

        return ink;
    }
}
