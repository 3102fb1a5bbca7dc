using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Marketing;

/// <summary>What the alliance sends a co-op is in the co-op's language (issue 18): the listing reminder, a rep's invitation.</summary>
public sealed class SpanishListingAndInvitationEmailTests : TestBase
{
    private static Task SpanishAsync(int coopId) =>
        WithDbAsync(async db =>
        {
            (await db.Cooperatives.SingleAsync(c => c.Id == coopId)).ChooseLanguage("es");
            await db.SaveChangesAsync();
        });

    [Test]
    public async Task AListingReminderIsWrittenInTheCoopsLanguage()
    {
        RunAsStaff();
        var category = await SendAsync(new SaveCategory(0, "Food", 1));
        var coop = await AddActiveCoopAsync("Turners Falls Bakery");
        await SpanishAsync(coop);
        var id = await SendAsync(new CreateListing { CooperativeId = coop, Title = "Pan", Description = "Hogazas.", CategoryIds = [category], Regions = [Region.WesternMassachusetts], Submit = true });
        await SendAsync(new ChangeListingStatus(id, ListingAction.Publish));
        var last = (await FindAsync<Listing>(id))!.ExpiresOn!.Value;

        var result = await SendAsSystemAsync(new RunListingsDay(last.AddDays(-14)));

        Assert.That(result.Reminded, Is.EqualTo(1));
        var reminder = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "maria@example.coop"));
        Assert.That(reminder.Subject, Does.StartWith("Su ficha «Pan» vence el "));
        Assert.That(reminder.Body, Does.StartWith("Estimado/a Maria Alvarez:").And.Contain(" de 20").And.Contain("/MyCoop/Listings/" + id)
            .And.EndWith("El equipo de la Alianza"));
    }

    [Test]
    public async Task ARepIsInvitedInTheCoopsLanguageAndAMentorInEnglish()
    {
        RunAsStaff();
        var coop = await AddActiveCoopAsync();
        await SpanishAsync(coop);

        await SendAsync(new InviteUser("rita@bread.example.coop", "Rita Rep", Roles.CoopRep, coop));
        await SendAsync(new InviteUser("morgan@mentors.example.org", "Morgan Mentor", Roles.Mentor, null));

        var rep = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "rita@bread.example.coop"));
        Assert.That(rep.Subject, Does.StartWith("Tiene una invitación a la "));
        Assert.That(rep.Body, Does.StartWith("Estimado/a Rita Rep:").And.Contain("la página de su cooperativa").And.Contain("Elija su contraseña aquí")
            .And.Contain("/Account/AcceptInvitation?email="));
        var mentor = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "morgan@mentors.example.org"));
        Assert.That(mentor.Subject, Does.StartWith("You are invited to the "));
        Assert.That(mentor.Body, Does.StartWith("Dear Morgan Mentor,").And.Contain("the alliance's mentoring pages"));
    }
}
