using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Demo mentoring: mentor@demo.coop mentors one developing co-op (with sessions and ticked milestones) and has
/// one offer waiting; three more mentors; developing co-ops at every stage, some waiting for a mentor so the
/// suggestions screen has work to do; startup@demo.coop represents the mentored bakery project. Called once from
/// <see cref="DemoData.SeedAsync"/>.
/// </summary>
public static class MentoringDemoData
{
    private static readonly Actor Staff = new(null, "Sam Staff (demo)");

    public static async Task SeedAsync(AppDbContext db, UserManager<AppUser> users, AllianceClock clock, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var templates = await db.MilestoneTemplates.Where(t => t.IsActive).ToListAsync(ct);

        var morgan = await MentorAsync(db, users, DemoData.MentorEmail, "Sunrise Solar Installers Cooperative", Region.WesternMassachusetts, 3,
            ["Bakery", "Food processing", "Solar installation"], ["English", "Spanish"],
            (Skill.LegalAndBylaws, SkillLevel.Expert), (Skill.GovernanceAndFacilitation, SkillLevel.Expert), (Skill.FinanceAndBookkeeping, SkillLevel.Experienced));
        var dana = await MentorAsync(db, users, "dana.mentor@demo.coop", "Berkshire Bookkeeping Collective", Region.WesternMassachusetts, 2,
            ["Bookkeeping", "Cleaning"], ["English", "Spanish"],
            (Skill.FinanceAndBookkeeping, SkillLevel.Expert), (Skill.BusinessPlanning, SkillLevel.Experienced));
        var lee = await MentorAsync(db, users, "lee.mentor@demo.coop", "Green Mountain Engineering Cooperative", Region.SouthernVermont, 2,
            ["Engineering", "Food processing", "Home care"], ["English"],
            (Skill.ConversionAndSuccession, SkillLevel.Expert), (Skill.HrAndConflict, SkillLevel.Experienced), (Skill.BusinessPlanning, SkillLevel.Some));
        var sam = await MentorAsync(db, users, "sam.mentor@demo.coop", "Kestrel Software Cooperative", Region.WesternMassachusetts, 1,
            ["Software", "Printing"], ["English", "Portuguese"],
            (Skill.Technology, SkillLevel.Expert), (Skill.Marketing, SkillLevel.Experienced));
        await db.SaveChangesAsync(ct);

        DevelopingCoop Coop(string name, DevelopingCoopKind kind, string sector, Region region, string town, string state, string language,
            string contact, DevelopmentStage stage, int daysAgo, string description, params (Skill, NeedImportance)[] needs)
        {
            var coop = new DevelopingCoop(new DevelopingCoopProfile(name, kind, sector, region, language, town, state, description, contact,
                    $"{contact.Split(' ')[0].ToLowerInvariant()}@example.coop", null, needs.Select(n => new Need(n.Item1, n.Item2)).ToList()),
                templates, Staff, now.AddDays(-daysAgo));
            foreach (var s in Enum.GetValues<DevelopmentStage>().Where(s => s > DevelopmentStage.Idea && s <= stage))
            {
                coop.MoveTo(s, Staff, now.AddDays(-daysAgo + (10 * (int)s)), null);
            }

            db.DevelopingCoops.Add(coop);
            return coop;
        }

        var bakery = Coop(DemoData.StartupRepCoop, DevelopingCoopKind.StartupGroup, "Bakery", Region.WesternMassachusetts, "Florence", "MA",
            "English", "Ana Silva", DevelopmentStage.BusinessPlanning, 120, "Five bakers planning a worker-owned neighborhood bakery.",
            (Skill.LegalAndBylaws, NeedImportance.Essential), (Skill.FinanceAndBookkeeping, NeedImportance.Important), (Skill.Marketing, NeedImportance.NiceToHave));
        var bikes = Coop("Amherst Bike Repair Conversion", DevelopingCoopKind.Conversion, "Retail", Region.WesternMassachusetts, "Amherst", "MA",
            "English", "Jordan Reyes", DevelopmentStage.Feasibility, 60, "The owner is retiring and the mechanics want to buy the shop.",
            (Skill.ConversionAndSuccession, NeedImportance.Essential), (Skill.GovernanceAndFacilitation, NeedImportance.Important), (Skill.LegalAndBylaws, NeedImportance.Important));
        var cleaners = Coop("Holyoke Cleaners in Formation", DevelopingCoopKind.StartupGroup, "Cleaning", Region.WesternMassachusetts, "Holyoke", "MA",
            "Spanish", "Lucía Morales", DevelopmentStage.Capitalization, 200, "Spanish-speaking cleaners forming their own co-op.",
            (Skill.FinanceAndBookkeeping, NeedImportance.Essential), (Skill.BusinessPlanning, NeedImportance.Important));
        var farmKitchen = Coop("Putney Farm Kitchen", DevelopingCoopKind.StartupGroup, "Food processing", Region.SouthernVermont, "Putney", "VT",
            "English", "Eli Baptiste", DevelopmentStage.Operating, 400, "Shared-use kitchen turning farm seconds into sauces; opened this spring.",
            (Skill.HrAndConflict, NeedImportance.Important), (Skill.BusinessPlanning, NeedImportance.NiceToHave));
        Coop("Brattleboro Home Care Collective", DevelopingCoopKind.StartupGroup, "Home care", Region.SouthernVermont, "Brattleboro", "VT",
            "English", "Grace Okafor", DevelopmentStage.Idea, 20, "Home care aides exploring a co-op of their own.",
            (Skill.GovernanceAndFacilitation, NeedImportance.Essential), (Skill.LegalAndBylaws, NeedImportance.Important), (Skill.HrAndConflict, NeedImportance.Important));
        Coop("Greenfield Print Shop Conversion", DevelopingCoopKind.Conversion, "Printing", Region.WesternMassachusetts, "Greenfield", "MA",
            "English", "Pat Kowalski", DevelopmentStage.Launch, 300, "A 40-year-old print shop selling to its eight workers.",
            (Skill.ConversionAndSuccession, NeedImportance.Essential), (Skill.Technology, NeedImportance.NiceToHave), (Skill.Marketing, NeedImportance.Important));
        Coop("Turners Falls Software Guild", DevelopingCoopKind.StartupGroup, "Software", Region.WesternMassachusetts, "Turners Falls", "MA",
            "Portuguese", "Rafael Santos", DevelopmentStage.Idea, 10, "Developers who want to leave the gig economy together.",
            (Skill.LegalAndBylaws, NeedImportance.Important), (Skill.Technology, NeedImportance.NiceToHave), (Skill.Marketing, NeedImportance.Essential));
        await db.SaveChangesAsync(ct);

        // startup@demo.coop: a rep of the bakery project, who sees its stage, checklist and (active) mentor.
        bakery.AddRep(await StartupRepAsync(users));

        // mentor@demo.coop: one active match with sessions and ticked milestones, and one offer waiting for an answer.
        var active = Match(db, morgan, bakery, now.AddDays(-90), today.AddDays(-85), 87, "covers 2 of 3 needs: legal & bylaws, finance & bookkeeping; same region; +sector");
        foreach (var title in new[] { "Core group of at least three future worker-owners", "Shared vision statement written", "Feasibility study completed" })
        {
            bakery.TickMilestone(bakery.Milestones.First(m => m.Title == title).Id, true, today.AddDays(-60), new Actor(morgan.UserId, morgan.FullName), now.AddDays(-60));
        }

        bakery.Record(DevelopmentEventKind.MatchStarted, $"{morgan.FullName} started mentoring the group", new Actor(morgan.UserId, morgan.FullName), now.AddDays(-85));
        await db.SaveChangesAsync(ct);
        db.MentoringSessions.AddRange(
            new MentoringSession(active, today.AddDays(-80), 90, "Bylaws, membership classes", "Walked through the model bylaws.", "Draft articles 1–4", new Actor(morgan.UserId, morgan.FullName), now.AddDays(-80)),
            new MentoringSession(active, today.AddDays(-40), 60, "Capital accounts, bookkeeping", "Chose a bookkeeping system.", "Price three ovens", new Actor(morgan.UserId, morgan.FullName), now.AddDays(-40)),
            new MentoringSession(active, today.AddDays(-12), 75, "Business plan review", null, "Finish cash-flow projection", new Actor(morgan.UserId, morgan.FullName), now.AddDays(-12)));

        var offer = MentorMatch.Propose(morgan.Id, bikes.Id, 72, "covers 2 of 3 needs: governance & facilitation, legal & bylaws; same region", now.AddDays(-2));
        offer.Offer(now.AddDays(-2), today.AddDays(5));
        db.MentorMatches.Add(offer);

        Match(db, dana, cleaners, now.AddDays(-150), today.AddDays(-148), 90, "covers 2 of 2 needs: finance & bookkeeping, business planning; same region; +sector; speaks Spanish");
        Match(db, lee, farmKitchen, now.AddDays(-300), today.AddDays(-298), 76, "covers 2 of 2 needs: HR & conflict, business planning; same region; +sector");
        _ = sam; // available, with room: the suggestions screen has someone to propose
        await db.SaveChangesAsync(ct);
    }

    private static MentorMatch Match(AppDbContext db, Mentor mentor, DevelopingCoop coop, DateTimeOffset offeredAt, DateOnly acceptedOn, int score, string why)
    {
        var match = MentorMatch.Propose(mentor.Id, coop.Id, score, why, offeredAt);
        match.Offer(offeredAt, DateOnly.FromDateTime(offeredAt.UtcDateTime).AddDays(7));
        match.Accept(new DateTimeOffset(acceptedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), acceptedOn);
        db.MentorMatches.Add(match);
        return match;
    }

    private static async Task<int> StartupRepAsync(UserManager<AppUser> users)
    {
        var user = new AppUser
        {
            UserName = DemoData.StartupRepEmail,
            Email = DemoData.StartupRepEmail,
            EmailConfirmed = true,
            FullName = "Ana Silva (demo)",
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, DemoData.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.CoopRep);
        return user.Id;
    }

    private static async Task<Mentor> MentorAsync(AppDbContext db, UserManager<AppUser> users, string email, string homeCoop, Region region, int capacity,
        string[] sectors, string[] languages, params (Skill Skill, SkillLevel Level)[] skills)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var name = char.ToUpperInvariant(email[0]) + email[1..email.IndexOf('.')] + " Mentor (demo)";
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, LockoutEnabled = true };
            var result = await users.CreateAsync(user, DemoData.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, Roles.Mentor);
        }

        var mentor = new Mentor(user.Id, new MentorProfile(user.FullName, email, homeCoop, skills.Select(s => new MentorSkill(s.Skill, s.Level)).ToList(),
            sectors, languages, region, capacity, $"Worker-owner at {homeCoop}."));
        db.Mentors.Add(mentor);
        return mentor;
    }
}
