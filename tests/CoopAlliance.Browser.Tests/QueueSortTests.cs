using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// The assistance queue is sorted as it says: it opens on open requests, newest sent first, so a request sent today is
/// at the top even when a later-numbered one was sent in September; the Sent header says so (aria-sort and an arrow).
/// </summary>
public sealed class QueueSortTests : BrowserTest
{
    private static async Task<int> AskForHelpAsRepAsync(string title)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BrowserSetup.App.RootUrl) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "rep@demo.coop", password = "CoopDemo!2026" });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var created = await http.PostAsJsonAsync("/api/v1/ta-requests", new
        {
            category = "Other",
            title,
            description = "For the queue's order.",
            urgency = "Normal",
            preferredContact = "Email",
        });
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task SentOnAsync(int id, DateTimeOffset at)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var request = await db.Set<Domain.Assistance.AssistanceRequest>().SingleAsync(r => r.Id == id);
        db.Entry(request).Property(r => r.SubmittedAt).CurrentValue = at;
        await db.SaveChangesAsync();
    }

    [TestCase(false, TestName = "TheQueueOpensOnOpenRequestsWithTodaysRequestAtTheTop_StaffDesktop")]
    [TestCase(true, TestName = "TheQueueOpensOnOpenRequestsWithTodaysRequestAtTheTop_Phone")]
    public async Task TheQueueOpensOnOpenRequestsWithTodaysRequestAtTheTop(bool phone)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var today = $"Sent today {tag}";
        var september = $"Sent in September {tag}";
        await AskForHelpAsRepAsync(today);
        var later = await AskForHelpAsRepAsync(september); // a higher number, but sent long ago
        await SentOnAsync(later, BrowserSetup.App.UtcNow.AddDays(-80));

        await SignInAsync("staff@demo.coop");
        await (phone ? UsePhoneAsync() : UseStaffDesktopAsync());
        await Page.GotoAsync(Url("/Assistance"));

        await Expect(Page.GetByLabel("Open requests only")).ToBeCheckedAsync();
        var rows = Page.Locator("main table tbody tr");
        await Expect(rows.First).ToContainTextAsync(today);
        var sent = Page.Locator("main table thead th[aria-sort]");
        await Expect(sent).ToHaveCountAsync(1);
        await Expect(sent).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(sent).ToContainTextAsync("Sent");
        await Expect(Page.Locator("main table caption")).ToContainTextAsync("Sorted by Sent, newest first");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await Page.GetByLabel("Search").FillAsync(tag);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync(today);
        await Expect(rows.Nth(1)).ToContainTextAsync(september);

        await sent.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.Locator("main table thead th[aria-sort]")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(rows.Nth(0)).ToContainTextAsync(september);
        await Expect(Page.Locator("main table caption")).ToContainTextAsync("Sorted by Sent, oldest first");
    }
}
