using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.Property(e => e.Title).HasMaxLength(200).IsRequired();
        b.Property(e => e.Summary).HasMaxLength(500);
        b.Property(e => e.Description).HasMaxLength(8000);
        b.Property(e => e.VenueName).HasMaxLength(200).IsRequired();
        b.Property(e => e.VenueAddress).HasMaxLength(500);
        b.Property(e => e.Town).HasMaxLength(100);
        b.Property(e => e.AccessibilityNotes).HasMaxLength(2000);
        b.Property(e => e.FollowUpDays).AsJson().HasMaxLength(200).IsRequired();
        b.Property(e => e.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.Slug);
        b.Ignore(e => e.Day);
        b.Ignore(e => e.LastDay);
        b.Ignore(e => e.InvoiceKey);
        b.Ignore(e => e.HasRoom);
        // The public list: published, public, upcoming.
        b.HasIndex(e => new { e.Status, e.IsPublic, e.StartsAt });
        b.HasMany(e => e.Themes).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Themes).HasField("_themes");
        b.HasMany(e => e.Rooms).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Rooms).HasField("_rooms");
        b.HasMany(e => e.Slots).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Slots).HasField("_slots");
        b.HasMany(e => e.TicketTypes).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.TicketTypes).HasField("_ticketTypes");
    }
}

public sealed class EventThemeConfiguration : IEntityTypeConfiguration<EventTheme>
{
    public void Configure(EntityTypeBuilder<EventTheme> b)
    {
        b.Property(t => t.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(t => new { t.EventId, t.Name }).IsUnique();
    }
}

public sealed class EventRoomConfiguration : IEntityTypeConfiguration<EventRoom>
{
    public void Configure(EntityTypeBuilder<EventRoom> b)
    {
        b.Property(r => r.Name).HasMaxLength(100).IsRequired();
        b.Property(r => r.AccessibilityNotes).HasMaxLength(1000);
        b.HasIndex(r => new { r.EventId, r.Name }).IsUnique();
    }
}

public sealed class EventTimeSlotConfiguration : IEntityTypeConfiguration<EventTimeSlot>
{
    public void Configure(EntityTypeBuilder<EventTimeSlot> b)
    {
        b.Property(s => s.Label).HasMaxLength(100);
        b.Ignore(s => s.Minutes);
        b.HasIndex(s => new { s.EventId, s.StartsAt });
    }
}

public sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    public void Configure(EntityTypeBuilder<TicketType> b)
    {
        b.Property(t => t.Name).HasMaxLength(100).IsRequired();
        b.Property(t => t.Price).HasPrecision(10, 2);
        b.Property(t => t.SuggestedPrice).HasPrecision(10, 2);
        b.HasIndex(t => t.EventId);
    }
}

public sealed class EventPartnerConfiguration : IEntityTypeConfiguration<EventPartner>
{
    public void Configure(EntityTypeBuilder<EventPartner> b)
    {
        b.Property(p => p.OrganisationName).HasMaxLength(200).IsRequired();
        b.Property(p => p.ContactName).HasMaxLength(200).IsRequired();
        b.Property(p => p.ContactEmail).HasMaxLength(256).IsRequired();
        b.Property(p => p.Token).HasMaxLength(64).IsRequired();
        b.Property(p => p.InvitedBy).HasMaxLength(200).IsRequired();
        b.Ignore(p => p.HasJoined);
        b.HasIndex(p => p.Token).IsUnique();
        b.HasIndex(p => new { p.EventId, p.OrganisationName }).IsUnique();
        b.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(p => p.CooperativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlanningTaskConfiguration : IEntityTypeConfiguration<PlanningTask>
{
    public void Configure(EntityTypeBuilder<PlanningTask> b)
    {
        b.Property(t => t.What).HasMaxLength(500).IsRequired();
        b.Property(t => t.OwnerName).HasMaxLength(200).IsRequired();
        b.Property(t => t.OwnerEmail).HasMaxLength(256);
        b.Property(t => t.DoneBy).HasMaxLength(200);
        b.Property(t => t.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Ignore(t => t.IsDone);
        b.HasIndex(t => new { t.EventId, t.DueOn });
        // The reminder job looks for open tasks due soon that have not been reminded.
        b.HasIndex(t => new { t.DoneAt, t.ReminderSentAt, t.DueOn });
        b.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventPartner>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> b)
    {
        b.Property(s => s.Title).HasMaxLength(200).IsRequired();
        b.Property(s => s.Description).HasMaxLength(4000);
        b.Property(s => s.Presenters).AsJson().HasMaxLength(2000).IsRequired();
        b.Property(s => s.Needs).HasMaxLength(2000);
        b.Property(s => s.ProposerName).HasMaxLength(200).IsRequired();
        b.Property(s => s.ProposerEmail).HasMaxLength(256).IsRequired();
        b.Property(s => s.StaffNote).HasMaxLength(2000);
        b.Property(s => s.DecidedBy).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.EndsAt);
        b.Ignore(s => s.IsScheduled);
        b.Ignore(s => s.HasRoom);
        b.HasIndex(s => new { s.EventId, s.Status });
        b.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventTheme>().WithMany().HasForeignKey(s => s.ThemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventRoom>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventTimeSlot>().WithMany().HasForeignKey(s => s.SlotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventPartner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.Property(r => r.Name).HasMaxLength(200).IsRequired();
        b.Property(r => r.Email).HasMaxLength(256).IsRequired();
        b.Property(r => r.OrganisationName).HasMaxLength(200);
        b.Property(r => r.AccessibilityNeeds).HasMaxLength(2000);
        b.Property(r => r.InterpretationLanguage).HasMaxLength(100);
        b.Property(r => r.Language).HasMaxLength(8).IsRequired().HasDefaultValue(Domain.Common.Languages.English);
        b.Property(r => r.DietaryNeeds).HasMaxLength(1000);
        b.Property(r => r.Price).HasPrecision(10, 2);
        b.Property(r => r.AmountPaid).HasPrecision(10, 2);
        b.Property(r => r.PaymentReference).HasMaxLength(100);
        b.Property(r => r.Code).HasMaxLength(Registration.CodeLength).IsRequired();
        b.Property(r => r.Token).HasMaxLength(64).IsRequired();
        b.Property(r => r.CheckedInBy).HasMaxLength(200);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.HasNeeds);
        b.Ignore(r => r.IsAttending);
        b.Ignore(r => r.HoldsPlace);
        b.Ignore(r => r.IsDueForCoopCharge);
        b.Ignore(r => r.OfferEmailDue);
        b.HasIndex(r => r.Token).IsUnique();
        b.HasIndex(r => new { r.EventId, r.Code }).IsUnique();
        b.HasIndex(r => new { r.EventId, r.Status, r.WaitlistedAt });
        b.HasIndex(r => new { r.EventId, r.Name });
        b.HasIndex(r => r.CooperativeId);
        b.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TicketType>().WithMany().HasForeignKey(r => r.TicketTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Invoice>().WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SessionSignupConfiguration : IEntityTypeConfiguration<SessionSignup>
{
    public void Configure(EntityTypeBuilder<SessionSignup> b)
    {
        b.Ignore(s => s.HoldsPlace);
        b.HasIndex(s => new { s.SessionId, s.Status, s.WaitlistedAt });
        b.HasIndex(s => s.RegistrationId);
        b.HasOne<EventSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Registration>().WithMany().HasForeignKey(s => s.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ActionProposalConfiguration : IEntityTypeConfiguration<ActionProposal>
{
    public void Configure(EntityTypeBuilder<ActionProposal> b)
    {
        b.Property(p => p.AuthorName).HasMaxLength(200).IsRequired();
        b.Property(p => p.What).HasMaxLength(500).IsRequired();
        b.Property(p => p.Why).HasMaxLength(2000);
        b.Property(p => p.WhoItNeeds).HasMaxLength(500);
        b.Property(p => p.WhoOffers).HasMaxLength(500);
        b.HasIndex(p => new { p.EventId, p.ThemeId });
        b.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventTheme>().WithMany().HasForeignKey(p => p.ThemeId).OnDelete(DeleteBehavior.Restrict);
        // Registrations are cancelled, never deleted; NoAction keeps SQL Server to one cascade path to the dots.
        b.HasOne<Registration>().WithMany().HasForeignKey(p => p.RegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DotVoteConfiguration : IEntityTypeConfiguration<DotVote>
{
    public void Configure(EntityTypeBuilder<DotVote> b)
    {
        b.HasIndex(v => new { v.ProposalId, v.RegistrationId }).IsUnique();
        b.HasIndex(v => new { v.EventId, v.RegistrationId });
        b.HasOne<ActionProposal>().WithMany().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Registration>().WithMany().HasForeignKey(v => v.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> b)
    {
        b.Property(c => c.Action).HasMaxLength(1000).IsRequired();
        b.Property(c => c.OrganisationName).HasMaxLength(200).IsRequired();
        b.Property(c => c.OwnerName).HasMaxLength(200).IsRequired();
        b.Property(c => c.OwnerEmail).HasMaxLength(256).IsRequired();
        b.Property(c => c.StatusNote).HasMaxLength(2000);
        b.Property(c => c.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.EventId);
        b.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ActionProposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventPartner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.FollowUps).WithOne().HasForeignKey(f => f.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.FollowUps).HasField("_followUps");
        b.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Updates).HasField("_updates");
    }
}

public sealed class CommitmentFollowUpConfiguration : IEntityTypeConfiguration<CommitmentFollowUp>
{
    public void Configure(EntityTypeBuilder<CommitmentFollowUp> b)
    {
        b.Property(f => f.Token).HasMaxLength(64).IsRequired();
        b.HasIndex(f => f.Token).IsUnique();
        // The follow-up job: due, not asked yet.
        b.HasIndex(f => new { f.AskedAt, f.DueOn });
    }
}

public sealed class CommitmentUpdateConfiguration : IEntityTypeConfiguration<CommitmentUpdate>
{
    public void Configure(EntityTypeBuilder<CommitmentUpdate> b)
    {
        b.Property(u => u.Note).HasMaxLength(2000);
        b.Property(u => u.By).HasMaxLength(200).IsRequired();
        b.HasIndex(u => new { u.CommitmentId, u.At });
    }
}
