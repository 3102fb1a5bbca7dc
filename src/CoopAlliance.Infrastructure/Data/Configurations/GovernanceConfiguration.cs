using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class CoopDelegateConfiguration : IEntityTypeConfiguration<CoopDelegate>
{
    public void Configure(EntityTypeBuilder<CoopDelegate> b)
    {
        b.ToTable("Delegates");
        b.Property(d => d.NamedBy).HasMaxLength(200).IsRequired();
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.CooperativeId).IsUnique();
        b.HasOne<Cooperative>().WithMany().HasForeignKey(d => d.CooperativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.AlternatePersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(m => m.Title).HasMaxLength(200).IsRequired();
        b.Property(m => m.Place).HasMaxLength(500);
        b.Property(m => m.OnlineLink).HasMaxLength(500);
        b.Property(m => m.Agenda).HasMaxLength(4000);
        b.Property(m => m.Minutes).HasMaxLength(64000);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.AgendaItems);
        b.Ignore(m => m.NoticeOn);
        b.HasIndex(m => m.StartsAt);
        b.HasMany(m => m.Eligible).WithOne().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Eligible).HasField("_eligible");
        b.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Attendance).HasField("_attendance");
    }
}

public sealed class EligibleCoopConfiguration : IEntityTypeConfiguration<EligibleCoop>
{
    public void Configure(EntityTypeBuilder<EligibleCoop> b)
    {
        b.HasKey(e => new { e.MeetingId, e.CooperativeId });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(e => e.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("MeetingAttendance");
        b.Property(a => a.PersonName).HasMaxLength(200).IsRequired();
        // One presence per co-op: two check-ins at the same moment cannot both count.
        b.HasIndex(a => new { a.MeetingId, a.CooperativeId }).IsUnique();
        b.HasOne<Cooperative>().WithMany().HasForeignKey(a => a.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MotionConfiguration : IEntityTypeConfiguration<Motion>
{
    public void Configure(EntityTypeBuilder<Motion> b)
    {
        b.Property(m => m.Title).HasMaxLength(300).IsRequired();
        b.Property(m => m.Text).HasMaxLength(16000);
        b.Property(m => m.ResultSummary).HasMaxLength(2000);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.IsElection);
        b.HasIndex(m => new { m.MeetingId, m.OpensAt });
        // The job's two questions: which drafts should open, which open motions should close.
        b.HasIndex(m => new { m.State, m.ClosesAt });
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Candidates).WithOne().HasForeignKey(c => c.MotionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Candidates).HasField("_candidates");
    }
}

public sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> b)
    {
        b.ToTable("ElectionCandidates");
        b.Property(c => c.Name).HasMaxLength(200).IsRequired();
        b.Property(c => c.Statement).HasMaxLength(4000);
    }
}

public sealed class BallotCastConfiguration : IEntityTypeConfiguration<BallotCast>
{
    public void Configure(EntityTypeBuilder<BallotCast> b)
    {
        b.Property(c => c.CandidateIds).HasMaxLength(500);
        b.Ignore(c => c.OpenContent);
        // One ballot per co-op and motion, whoever submits it and however many at once.
        b.HasIndex(c => new { c.MotionId, c.CooperativeId }).IsUnique();
        b.HasOne<Motion>().WithMany().HasForeignKey(c => c.MotionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// A secret ballot's content. Its key is a random GUID set by the domain (never generated in sequence), and on SQLite
/// the table is created WITHOUT ROWID (<see cref="SqliteGovernanceSqlGenerator"/>), so rows are stored in key order —
/// random — and no hidden rowid records the order in which co-ops voted. On SQL Server the clustered random
/// uniqueidentifier key does the same.
/// </summary>
public sealed class SecretBallotConfiguration : IEntityTypeConfiguration<SecretBallot>
{
    public const string Table = "SecretBallots";

    public void Configure(EntityTypeBuilder<SecretBallot> b)
    {
        b.ToTable(Table);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.CandidateIds).HasMaxLength(500);
        b.Ignore(s => s.Content);
        b.HasIndex(s => s.MotionId);
        b.HasOne<Motion>().WithMany().HasForeignKey(s => s.MotionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BoardSeatConfiguration : IEntityTypeConfiguration<BoardSeat>
{
    public void Configure(EntityTypeBuilder<BoardSeat> b)
    {
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.HolderName).HasMaxLength(200).IsRequired();
        b.HasIndex(s => s.TermEnd);
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(s => s.CooperativeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Motion>().WithMany().HasForeignKey(s => s.MotionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class GovernanceNoticeConfiguration : IEntityTypeConfiguration<GovernanceNotice>
{
    public void Configure(EntityTypeBuilder<GovernanceNotice> b)
    {
        b.HasIndex(n => new { n.Kind, n.SubjectId, n.PersonId }).IsUnique();
    }
}
