using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests.Marketing;

/// <summary>Listings over HTTP: the rep-to-staff workflow, rep isolation, photos, the anonymous search API, CORS and caching.</summary>
public sealed class ListingWebTests : WebTest
{
    private Task<int> CategoryIdAsync(string name) =>
        App.WithDbAsync(db => db.ListingCategories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private async Task<int> CreateAsync(HttpClient client, int coopId, string title, bool submit = true)
    {
        var response = await client.PostAsJsonAsync("/api/v1/listings", new
        {
            cooperativeId = coopId,
            title,
            kind = "Service",
            description = $"{title}: done well by its worker-owners.",
            categoryIds = new[] { await CategoryIdAsync("Cleaning") },
            regions = new[] { "WesternMassachusetts" },
            contactEmail = "hello@example.coop",
            submit,
        });
        var body = await JsonAsync(response, HttpStatusCode.Created);
        return body.GetProperty("id").GetInt32();
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static MultipartFormDataContent PhotoForm(byte[] bytes, string alt)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, "file", "photo.jpg" }, { new StringContent(alt), "altText" } };
    }

    [Test]
    public async Task ARepsListingIsPublicOnlyOnceStaffPublishItAndTheSearchApiIsOpenToAnyoneWithCors()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();
        var id = await CreateAsync(rep, await RepCoopIdAsync(), "Zamboni floor polishing");
        var anonymous = App.CreateClient();

        var before = await JsonAsync(await anonymous.GetAsync("/api/v1/public/listings?q=zamboni"));
        Assert.That(before.GetProperty("total").GetInt32(), Is.EqualTo(0), "submitted is not public");

        var refused = await rep.PostAsJsonAsync($"/api/v1/listings/{id}/publish", new { });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a rep cannot publish");
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/listings/{id}/publish", new { }));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/listings?q=zamboni&category=cleaning&region=WesternMassachusetts");
        request.Headers.Add("Origin", "https://member-site.example.org");
        var response = await anonymous.SendAsync(request);
        var after = await JsonAsync(response);
        Assert.That(after.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("coopId").GetInt32())),
            Is.EqualTo(new[] { (id, await RepCoopIdAsync()) }));
        Assert.That(after.GetProperty("categories").EnumerateArray().Select(f => f.GetProperty("key").GetString()), Does.Contain("cleaning"));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }));
    }

    [Test]
    public async Task ARepCannotReadChangeOrWriteForAnotherCoopAndAnonymousCallersAreRefused()
    {
        var staff = await StaffAsync();
        var other = await CoopIdAsync("Clean Sweep Cleaning Cooperative");
        var id = await CreateAsync(staff, other, "Window washing");
        var rep = await RepAsync();

        Assert.That((await rep.GetAsync($"/api/v1/listings/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.PostAsJsonAsync($"/api/v1/listings/{id}/withdraw", new { })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.PostAsync($"/api/v1/listings/{id}/photos", PhotoForm(Jpeg(50, 50), "x"))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var create = await rep.PostAsJsonAsync("/api/v1/listings", new { cooperativeId = other, title = "x", description = "x", categoryIds = new[] { 1 }, regions = new[] { "WesternMassachusetts" } });
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var list = await JsonAsync(await rep.GetAsync("/api/v1/listings?pageSize=200"));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("cooperativeId").GetInt32()).Distinct(), Is.EqualTo(new[] { await RepCoopIdAsync() }));
        Assert.That((await App.CreateClient().GetAsync("/api/v1/listings")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await App.CreateClient().PostAsJsonAsync("/api/v1/listing-categories", new { name = "Spam", sortOrder = 1 })).StatusCode,
            Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await rep.PostAsJsonAsync("/api/v1/listing-categories", new { name = "Spam", sortOrder = 1 })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task BadInputIsAProblemWithFieldErrorsAndNothingIsSaved()
    {
        var rep = await RepAsync();
        var count = await App.WithDbAsync(db => db.Listings.CountAsync());
        var response = await rep.PostAsJsonAsync("/api/v1/listings", new
        {
            cooperativeId = await RepCoopIdAsync(),
            title = "",
            description = "",
            categoryIds = Array.Empty<int>(),
            regions = Array.Empty<string>(),
            website = "not a url",
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "title"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "categoryIds"), Is.EqualTo(new[] { "Choose at least one category." }));
        Assert.That(FieldErrors(problem, "regions"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "website"), Is.EqualTo(new[] { "Enter a full web address starting with https://" }));
        var back = await ProblemAsync(await (await StaffAsync()).PostAsJsonAsync($"/api/v1/listings/{await CreateAsync(rep, await RepCoopIdAsync(), "Note test")}/return", new { note = "" }),
            HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(back, "note"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Listings.CountAsync()), Is.EqualTo(count + 1));
    }

    [Test]
    public async Task APhotoIsReencodedWithoutMetadataAndServedPubliclyOnlyOnceTheListingIsPublic()
    {
        var rep = await RepAsync();
        var id = await CreateAsync(rep, await RepCoopIdAsync(), "Photo test listing");

        var notAPhoto = await rep.PostAsync($"/api/v1/listings/{id}/photos", PhotoForm("%PDF-1.7 not a photo"u8.ToArray(), "A loaf"));
        Assert.That(FieldErrors(await ProblemAsync(notAPhoto, HttpStatusCode.BadRequest), "file"), Is.EqualTo(new[] { "That file is not a photo we can read (JPEG, PNG or WebP)." }));
        var noAlt = await rep.PostAsync($"/api/v1/listings/{id}/photos", PhotoForm(Jpeg(300, 200), ""));
        Assert.That(FieldErrors(await ProblemAsync(noAlt, HttpStatusCode.BadRequest), "altText"), Is.Not.Empty);

        var added = await JsonAsync(await rep.PostAsync($"/api/v1/listings/{id}/photos", PhotoForm(Jpeg(3000, 2000), "Our floor polisher")), HttpStatusCode.Created);
        var photoId = added.GetProperty("id").GetInt32();
        Assert.That((added.GetProperty("width").GetInt32(), added.GetProperty("height").GetInt32()), Is.EqualTo((1200, 800)));

        var anonymous = App.CreateClient();
        Assert.That((await anonymous.GetAsync($"/media/photos/{photoId}/large.jpg")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a draft's photo is not public");
        var own = await rep.GetAsync($"/media/photos/{photoId}/thumbnail.jpg");
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(own.Headers.CacheControl?.Private, Is.True);

        await JsonAsync(await (await StaffAsync()).PostAsJsonAsync($"/api/v1/listings/{id}/publish", new { }));
        var open = await anonymous.GetAsync($"/media/photos/{photoId}/thumbnail.jpg");
        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(open.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
        Assert.That(open.Headers.CacheControl?.Public, Is.True);
        Assert.That(open.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(365)));
        using var decoded = SKBitmap.Decode(await open.Content.ReadAsByteArrayAsync());
        Assert.That(decoded.Width, Is.EqualTo(400));

        var again = new HttpRequestMessage(HttpMethod.Get, $"/media/photos/{photoId}/thumbnail.jpg");
        again.Headers.IfNoneMatch.Add(open.Headers.ETag!);
        Assert.That((await anonymous.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task ACoopPageHasJsonLdRedirectsOldSlugsAnswersConditionalRequestsAndDisappearsWhenTheCoopLapses()
    {
        var staff = await StaffAsync();
        var coopId = await CoopIdAsync("Toolbox Carpentry Cooperative");
        var slug = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.TradeName ?? c.LegalName).SingleAsync());
        slug = Domain.Marketing.Slug.From(slug);
        var id = await CreateAsync(staff, coopId, "Court interpreting");
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/listings/{id}/publish", new { }));
        var visitor = App.CreateCookieClient();

        var wrongSlug = await visitor.GetAsync($"/directory/{coopId}/old-name");
        Assert.That(wrongSlug.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(wrongSlug.Headers.Location?.ToString(), Is.EqualTo($"/directory/{coopId}/{slug}"));

        var page = await visitor.GetAsync($"/directory/{coopId}/{slug}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("application/ld+json").And.Contain("\"LocalBusiness\"").And.Contain("Court interpreting"));
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/directory/{coopId}/{slug}");
        conditional.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        Assert.That((await visitor.SendAsync(conditional)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        await App.WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.SingleAsync(c => c.Id == coopId);
            coop.Lapse("Test", Actor.System, App.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            await db.SaveChangesAsync();
            return 0;
        });
        try
        {
            Assert.That((await visitor.GetAsync($"/directory/{coopId}/{slug}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var search = await JsonAsync(await App.CreateClient().GetAsync("/api/v1/public/listings?q=interpreting"));
            Assert.That(search.GetProperty("total").GetInt32(), Is.EqualTo(0));
        }
        finally
        {
            await App.WithDbAsync(async db =>
            {
                var coop = await db.Cooperatives.SingleAsync(c => c.Id == coopId);
                coop.Reinstate("Test over", Actor.System, App.Services.GetRequiredService<TimeProvider>().GetUtcNow());
                await db.SaveChangesAsync();
                return 0;
            });
        }

        Assert.That((await visitor.GetAsync($"/directory/{coopId}/{slug}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "back on reinstatement");
    }

    [Test]
    public async Task TheShopWindowPageShowsDemoListingsWithCategoryCounts()
    {
        var html = await (await App.CreateCookieClient().GetAsync("/directory?category=food-and-bakery")).Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("Sourdough and whole-grain bread"));
        Assert.That(html, Does.Contain("Construction &amp; trades <span class=\"text-muted\">("));
        Assert.That(html, Does.Not.Contain("Community solar subscriptions"), "waiting for review");
    }

    [Test]
    public async Task TheCampaignGuideIsAPdfWithTheParticipantsListings()
    {
        var staff = await StaffAsync();
        var campaignId = await App.WithDbAsync(db => db.Campaigns.Where(c => c.Name.StartsWith("Co-op Month")).Select(c => c.Id).SingleAsync());
        var response = await staff.GetAsync($"/api/v1/campaigns/{campaignId}/guide.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("Co-op Month").And.Contain("Kestrel").And.Contain("Custom software and web applications"));
        Assert.That(pdf.GetPages().Sum(p => p.GetImages().Count()), Is.GreaterThan(0), "the participants' photos");
    }
}
