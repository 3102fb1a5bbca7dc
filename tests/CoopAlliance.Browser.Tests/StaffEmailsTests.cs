using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

public sealed class StaffEmailsTests : BrowserTest
{
    private const string To = "typo@bread-example.coop";

    private static async Task<int> AddFailedEmailAsync()
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var message = new OutboxMessage(To, "Your dues statement for October", "Dear co-op, ...", BrowserSetup.App.UtcNow.AddHours(-2));
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            message.MarkAttemptFailed(BrowserSetup.App.UtcNow, "550 5.1.1 <typo@bread-example.coop>: Recipient address rejected");
        }

        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(CancellationToken.None);
        return message.Id;
    }

    private static async Task<OutboxStatus> StatusAsync(int id)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAppDbContext>().OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync();
    }

    [Test]
    public async Task StaffFollowTheFailedEmailsCountAndRetryAnEmailAfterConfirming()
    {
        var id = await AddFailedEmailAsync();
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Staff"));

        await Page.GetByRole(AriaRole.Link).Filter(new() { HasText = "failed email" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Staff/Emails$"));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = To });
        await Expect(row).ToContainTextAsync("Recipient address rejected");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await row.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync($"Send the email “Your dues statement for October” to {To} again?");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
        Assert.That(await StatusAsync(id), Is.EqualTo(OutboxStatus.Failed));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, send it again" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("back in the queue");
        Assert.That(await StatusAsync(id), Is.EqualTo(OutboxStatus.Pending));
        // The list is newest queued first and other tests queue mail too: look this one up by its recipient.
        await Page.Locator("#q").FillAsync(To);
        await Page.GetByLabel("Status").SelectOptionAsync("Pending");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = To })).ToContainTextAsync("Waiting to be sent");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }
}
