using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Infrastructure;
using CoopAlliance.Infrastructure.Imaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CoopAlliance.Application.Tests.Imaging;

/// <summary>The processor as the app gets it: one shared instance, its sizes read from section "Images", bad sizes refused at start.</summary>
public sealed class ImageProcessorRegistrationTests
{
    [Test]
    public void TheAppHasOneSharedSkiaProcessor()
    {
        var first = Testing.Services.GetRequiredService<IImageProcessor>();

        Assert.That(first, Is.InstanceOf<SkiaImageProcessor>());
        Assert.That(Testing.Services.GetRequiredService<IImageProcessor>(), Is.SameAs(first));
    }

    [Test]
    public void TheSizesComeFromTheImagesSection()
    {
        using var services = Build(new() { ["Images:LargeSide"] = "800", ["Images:ThumbSide"] = "160" });
        using var bitmap = new SKBitmap(1600, 1000);
        bitmap.Erase(SKColors.Olive);
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);

        var result = services.GetRequiredService<IImageProcessor>().Process(jpeg.ToArray());

        Assert.That((result.Large.Width, result.Large.Height), Is.EqualTo((800, 500)));
        Assert.That((result.Thumbnail.Width, result.Thumbnail.Height), Is.EqualTo((160, 100)));
    }

    [TestCase("Images:JpegQuality", "0")]
    [TestCase("Images:MaxPixels", "-1")]
    [TestCase("Images:ThumbSide", "2000")]
    public void ASizeThatMakesNoSenseStopsTheAppFromStarting(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<ImageOptions>>().Value)!;

        Assert.That(failure.Message, Does.Contain(key.Split(':')[1]));
    }

    private static ServiceProvider Build(Dictionary<string, string?> images)
    {
        images["Database:Provider"] = "Sqlite";
        images["ConnectionStrings:Default"] = "Data Source=:memory:";
        images["Jobs:RunServer"] = "false";
        var config = new ConfigurationBuilder().AddInMemoryCollection(images).Build();
        var env = new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = Path.GetTempPath(), ApplicationName = "CoopAlliance.Tests" };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(config, env);
        return services.BuildServiceProvider();
    }
}
