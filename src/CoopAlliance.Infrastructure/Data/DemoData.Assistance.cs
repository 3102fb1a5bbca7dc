using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>Demo technical assistance: a provider roster and requests in every state, some for the demo rep's co-op.</summary>
public sealed partial class DemoData
{
    private async Task SeedAssistanceAsync(int repCoopId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var staffUser = await users.FindByEmailAsync(StaffEmail);
        var repUser = await users.FindByEmailAsync(RepEmail);
        var staff = new Actor(staffUser?.Id, "Sam Staff (demo)");
        var rep = new Actor(repUser?.Id, "Rita Rep (demo)");
        var sla = new SlaPolicy(new BusinessCalendar(), SlaPolicy.DefaultTargets);

        var sam = new Provider(new ProviderDetails(ProviderKind.Staff, staffUser?.Id, "Sam Staff (demo)", "Valley Alliance staff", StaffEmail, null,
            "Governance, membership, first conversations", 0m, Billing.Subsidized));
        var dana = new Provider(new ProviderDetails(ProviderKind.External, null, "Dana Whitfield", "Co-op Law Collective", "dana@coop-law.example",
            "413-555-0190", "Bylaws, articles of incorporation, conversions to worker ownership", 140m, Billing.Subsidized));
        var lee = new Provider(new ProviderDetails(ProviderKind.External, null, "Lee Okafor", "Valley Books Co-op", "lee@valleybooks.example",
            "802-555-0144", "Bookkeeping, QuickBooks, patronage allocations", 85m, Billing.BilledToCoop));
        var priya = new Provider(new ProviderDetails(ProviderKind.External, null, "Priya Raman", "Facilitation Commons", "priya@facilitation.example",
            null, "Meeting facilitation, conflict resolution, board retreats", 95m, Billing.Subsidized));
        db.Providers.AddRange(sam, dana, lee, priya);
        await db.SaveChangesAsync(ct);

        var others = await db.Cooperatives.Where(c => c.Status == MembershipStatus.Active && c.Id != repCoopId)
            .OrderBy(c => c.Id).Select(c => c.Id).Take(5).ToListAsync(ct);

        AssistanceRequest Submit(int coopId, int daysAgo, AssistanceCategory category, string title, string description, Priority urgency)
        {
            var at = now.AddDays(-daysAgo);
            var request = AssistanceRequest.Submit(coopId, new AssistanceRequestDetails(category, title, description, urgency, ContactMethod.Email, null),
                sla.DueDates(urgency, clock.DateOf(at)), rep with { UserId = coopId == repCoopId ? rep.UserId : null, Name = coopId == repCoopId ? rep.Name : "Member coordinator" }, at);
            db.AssistanceRequests.Add(request);
            return request;
        }

        void Triage(AssistanceRequest r, Priority priority, int daysAgo, decimal? estimate = null) =>
            r.Triage(priority, r.Category, sla.DueDates(priority, clock.DateOf(r.SubmittedAt)), estimate, staff, now.AddDays(-daysAgo), null);

        DateOnly Day(int daysAgo) => clock.DateOf(now.AddDays(-daysAgo));

        // The demo rep's co-op: one in progress, one resolved and waiting for a rating, one just sent.
        var bylaws = Submit(repCoopId, 12, AssistanceCategory.LegalAndBylaws, "Bylaws for a second membership class",
            "We want to let long-time part-time workers become members with a smaller buy-in. What do our bylaws need?", Priority.Normal);
        Triage(bylaws, Priority.High, 11, 6m);
        bylaws.Assign(dana, staff, now.AddDays(-11), "Dana drafted their original bylaws");
        bylaws.Start(staff, now.AddDays(-9), null);
        bylaws.Comment("Their last bylaws amendment was in 2019; check the buy-in article first.", isInternal: true, byStaff: true, staff, now.AddDays(-9));
        bylaws.Comment("Dana will send a first draft next week. Could you send the minutes where the members discussed this?", isInternal: false, byStaff: true, staff, now.AddDays(-8));
        bylaws.Comment("Minutes attached to our shared folder — thank you!", isInternal: false, byStaff: false, rep, now.AddDays(-7));
        bylaws.LogTime(dana, Day(8), 2m, "Read current bylaws and minutes", Billing.Subsidized, staff, now.AddDays(-8));
        bylaws.LogTime(dana, Day(3), 1.5m, "First draft of the new article", Billing.Subsidized, staff, now.AddDays(-3));

        var books = Submit(repCoopId, 40, AssistanceCategory.FinanceAndBookkeeping, "QuickBooks classes for wholesale and retail",
            "We would like to see wholesale and retail margins separately.", Priority.Low);
        Triage(books, Priority.Low, 39);
        books.Assign(lee, staff, now.AddDays(-39), null);
        books.Start(staff, now.AddDays(-35), null);
        books.LogTime(lee, Day(30), 3m, "Set up classes and trained the bookkeeper", Billing.BilledToCoop, staff, now.AddDays(-30));
        books.Resolve("Classes set up for wholesale, retail and café; your bookkeeper has a one-page guide.", staff, now.AddDays(-10));

        Submit(repCoopId, 0, AssistanceCategory.GovernanceAndFacilitation, "Facilitator for our spring retreat",
            "Fourteen worker-owners, one day in April, mostly about pay scales.", Priority.Normal);

        if (others.Count >= 5)
        {
            var waiting = Submit(others[0], 15, AssistanceCategory.ConversionAndSuccession, "Owner retiring: could we buy the business?",
                "Our founder retires in 2028 and would like to sell to the workers.", Priority.High);
            Triage(waiting, Priority.High, 14, 10m);
            waiting.Assign(dana, staff, now.AddDays(-14), null);
            waiting.Start(staff, now.AddDays(-13), null);
            waiting.WaitOnCoop("Send the last three years of financial statements.", staff, now.AddDays(-6));

            var overdue = Submit(others[1], 25, AssistanceCategory.Marketing, "New website copy",
                "Our website still describes the business before the conversion.", Priority.Low);
            Triage(overdue, Priority.Normal, 20);
            overdue.Assign(sam, staff, now.AddDays(-20), null);

            var declined = Submit(others[2], 30, AssistanceCategory.Technology, "Custom point-of-sale software",
                "Could the alliance build us a POS system?", Priority.Normal);
            declined.Decline("Building software is beyond what the alliance offers; Lee can recommend co-op-friendly POS vendors.", staff, now.AddDays(-29));

            var closed = Submit(others[3], 90, AssistanceCategory.HrAndConflict, "Mediation between two crews",
                "Two crews disagree about scheduling and it is affecting meetings.", Priority.Urgent);
            Triage(closed, Priority.Urgent, 90);
            closed.Assign(priya, staff, now.AddDays(-90), null);
            closed.Start(staff, now.AddDays(-89), null);
            closed.LogTime(priya, Day(88), 4m, "Two mediation sessions", Billing.Subsidized, staff, now.AddDays(-88));
            closed.Resolve("Agreement on a rotating schedule, reviewed after three months.", staff, now.AddDays(-80));
            closed.Rate(5, "Priya was wonderful.", new Actor(null, "Member coordinator"), now.AddDays(-79));
            closed.Close(staff, now.AddDays(-70), null);

            Submit(others[4], 2, AssistanceCategory.BusinessPlanning, "Loan application business plan",
                "We are applying to a CDFI for an equipment loan and need help with the plan.", Priority.High);
        }

        await db.SaveChangesAsync(ct);
    }
}
