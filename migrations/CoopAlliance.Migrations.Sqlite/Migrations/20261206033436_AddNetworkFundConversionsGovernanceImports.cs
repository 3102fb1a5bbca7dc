using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddNetworkFundConversionsGovernanceImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "EventSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ImportRef",
                table: "Cooperatives",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Commitments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AlliedOrganizations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<int>(type: "INTEGER", nullable: false),
                    Offers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlliedOrganizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conversions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Region = table.Column<int>(type: "INTEGER", nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerPhone = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetSaleOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimelineNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Valuation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotConvertedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversions_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Delegates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AlternatePersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    NamedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NamedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delegates_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Delegates_People_AlternatePersonId",
                        column: x => x.AlternatePersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Delegates_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoteTerms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundContributions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GovernanceNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileNames = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    LastLine = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CoopsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    CoopsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    CoopsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoanApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Checklist = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: false),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: false),
                    VotesAbstaining = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedPrincipal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ApprovedRatePercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    ApprovedAmortizingMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedGraceMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedInterestOnlyMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedFirstDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanApplications", x => x.Id);
                    table.CheckConstraint("CK_LoanApplications_OneApplicant", "(CooperativeId IS NULL AND DevelopingCoopId IS NOT NULL) OR (CooperativeId IS NOT NULL AND DevelopingCoopId IS NULL)");
                    table.ForeignKey(
                        name: "FK_LoanApplications_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LoanApplications_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    EligibilityFixedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: true),
                    MinutesPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationRelationships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlliedOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationRelationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationRelationships_AlliedOrganizations_AlliedOrganizationId",
                        column: x => x.AlliedOrganizationId,
                        principalTable: "AlliedOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganizationRelationships_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    CounterpartCoopId = table.Column<int>(type: "INTEGER", nullable: true),
                    CounterpartOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EstimatedAnnualAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ties", x => x.Id);
                    table.CheckConstraint("CK_Ties_OneCounterpart", "(CounterpartCoopId IS NULL AND CounterpartOrganizationId IS NOT NULL) OR (CounterpartCoopId IS NOT NULL AND CounterpartOrganizationId IS NULL)");
                    table.ForeignKey(
                        name: "FK_Ties_AlliedOrganizations_CounterpartOrganizationId",
                        column: x => x.CounterpartOrganizationId,
                        principalTable: "AlliedOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ties_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Ties_Cooperatives_CounterpartCoopId",
                        column: x => x.CounterpartCoopId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConversionNote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionNote_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionStageChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversionId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionStageChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionStageChange_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionWorker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InterestedInOwnership = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionWorker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionWorker_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeVote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    ConflictOfInterest = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConflictNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeVote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeVote_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanAttachment_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanReferral",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lender = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanReferral", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanReferral_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Loans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: true),
                    BorrowerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Principal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DisbursedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DisbursedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WrittenOffPrincipal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    WriteOffReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WrittenOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Loans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Loans_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Loans_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Loans_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EligibleCoop",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibleCoop", x => new { x.MeetingId, x.CooperativeId });
                    table.ForeignKey(
                        name: "FK_EligibleCoop_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EligibleCoop_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Motions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    Secret = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: true),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    Abstentions = table.Column<int>(type: "INTEGER", nullable: true),
                    BallotsCast = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Tie = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SeatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Motions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Motions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LoanAttachmentContents",
                columns: table => new
                {
                    LoanAttachmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanAttachmentContents", x => x.LoanAttachmentId);
                    table.ForeignKey(
                        name: "FK_LoanAttachmentContents_LoanAttachment_LoanAttachmentId",
                        column: x => x.LoanAttachmentId,
                        principalTable: "LoanAttachment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanArrearsReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Arrears = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanArrearsReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanArrearsReminders_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanPayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanPayments_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanTermsChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Principal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AnnualRatePercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    AmortizingMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    GraceMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    InterestOnlyMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanTermsChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanTermsChange_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotsCast",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MotionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CastOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    CandidateIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotsCast", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotsCast_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BallotsCast_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardSeats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MotionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardSeats_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BoardSeats_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardSeats_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ElectionCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MotionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Votes = table.Column<int>(type: "INTEGER", nullable: true),
                    Elected = table.Column<bool>(type: "INTEGER", nullable: false),
                    TiedForLastSeat = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectionCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectionCandidates_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SecretBallots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MotionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    CandidateIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecretBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecretBallots_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_ImportRef",
                table: "Cooperatives",
                column: "ImportRef",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlliedOrganizations_Kind_Region",
                table: "AlliedOrganizations",
                columns: new[] { "Kind", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_AlliedOrganizations_Name",
                table: "AlliedOrganizations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BallotsCast_CooperativeId",
                table: "BallotsCast",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotsCast_MotionId_CooperativeId",
                table: "BallotsCast",
                columns: new[] { "MotionId", "CooperativeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardSeats_CooperativeId",
                table: "BoardSeats",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardSeats_MotionId",
                table: "BoardSeats",
                column: "MotionId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardSeats_PersonId",
                table: "BoardSeats",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardSeats_TermEnd",
                table: "BoardSeats",
                column: "TermEnd");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeVote_LoanApplicationId_UserId",
                table: "CommitteeVote",
                columns: new[] { "LoanApplicationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversionNote_ConversionId_At",
                table: "ConversionNote",
                columns: new[] { "ConversionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_BusinessName",
                table: "Conversions",
                column: "BusinessName");

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_DevelopingCoopId",
                table: "Conversions",
                column: "DevelopingCoopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_Stage",
                table: "Conversions",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionStageChange_ConversionId_At",
                table: "ConversionStageChange",
                columns: new[] { "ConversionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionWorker_ConversionId",
                table: "ConversionWorker",
                column: "ConversionId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegates_AlternatePersonId",
                table: "Delegates",
                column: "AlternatePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegates_CooperativeId",
                table: "Delegates",
                column: "CooperativeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Delegates_PersonId",
                table: "Delegates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidates_MotionId",
                table: "ElectionCandidates",
                column: "MotionId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibleCoop_CooperativeId",
                table: "EligibleCoop",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_FundContributions_ReceivedOn",
                table: "FundContributions",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceNotices_Kind_SubjectId_PersonId",
                table: "GovernanceNotices",
                columns: new[] { "Kind", "SubjectId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_FileHash",
                table: "ImportRuns",
                column: "FileHash");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_CooperativeId",
                table: "LoanApplications",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_DevelopingCoopId",
                table: "LoanApplications",
                column: "DevelopingCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_Status_SubmittedAt",
                table: "LoanApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanArrearsReminders_LoanId_DueOn",
                table: "LoanArrearsReminders",
                columns: new[] { "LoanId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanAttachment_LoanApplicationId",
                table: "LoanAttachment",
                column: "LoanApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanPayments_LoanId_ReceivedOn",
                table: "LoanPayments",
                columns: new[] { "LoanId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanReferral_LoanApplicationId",
                table: "LoanReferral",
                column: "LoanApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_CooperativeId",
                table: "Loans",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_DevelopingCoopId",
                table: "Loans",
                column: "DevelopingCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_LoanApplicationId",
                table: "Loans",
                column: "LoanApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanTermsChange_LoanId_From",
                table: "LoanTermsChange",
                columns: new[] { "LoanId", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_CooperativeId",
                table: "MeetingAttendance",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_MeetingId_CooperativeId",
                table: "MeetingAttendance",
                columns: new[] { "MeetingId", "CooperativeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartsAt",
                table: "Meetings",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_MeetingId_OpensAt",
                table: "Motions",
                columns: new[] { "MeetingId", "OpensAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Motions_State_ClosesAt",
                table: "Motions",
                columns: new[] { "State", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRelationships_AlliedOrganizationId_CooperativeId_Kind",
                table: "OrganizationRelationships",
                columns: new[] { "AlliedOrganizationId", "CooperativeId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRelationships_CooperativeId",
                table: "OrganizationRelationships",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_SecretBallots_MotionId",
                table: "SecretBallots",
                column: "MotionId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_CooperativeId",
                table: "Ties",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_CounterpartCoopId",
                table: "Ties",
                column: "CounterpartCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_CounterpartOrganizationId",
                table: "Ties",
                column: "CounterpartOrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BallotsCast");

            migrationBuilder.DropTable(
                name: "BoardSeats");

            migrationBuilder.DropTable(
                name: "CommitteeVote");

            migrationBuilder.DropTable(
                name: "ConversionNote");

            migrationBuilder.DropTable(
                name: "ConversionStageChange");

            migrationBuilder.DropTable(
                name: "ConversionWorker");

            migrationBuilder.DropTable(
                name: "Delegates");

            migrationBuilder.DropTable(
                name: "ElectionCandidates");

            migrationBuilder.DropTable(
                name: "EligibleCoop");

            migrationBuilder.DropTable(
                name: "FundContributions");

            migrationBuilder.DropTable(
                name: "GovernanceNotices");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropTable(
                name: "LoanArrearsReminders");

            migrationBuilder.DropTable(
                name: "LoanAttachmentContents");

            migrationBuilder.DropTable(
                name: "LoanPayments");

            migrationBuilder.DropTable(
                name: "LoanReferral");

            migrationBuilder.DropTable(
                name: "LoanTermsChange");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "OrganizationRelationships");

            migrationBuilder.DropTable(
                name: "SecretBallots");

            migrationBuilder.DropTable(
                name: "Ties");

            migrationBuilder.DropTable(
                name: "Conversions");

            migrationBuilder.DropTable(
                name: "LoanAttachment");

            migrationBuilder.DropTable(
                name: "Loans");

            migrationBuilder.DropTable(
                name: "Motions");

            migrationBuilder.DropTable(
                name: "AlliedOrganizations");

            migrationBuilder.DropTable(
                name: "LoanApplications");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Cooperatives_ImportRef",
                table: "Cooperatives");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "EventSessions");

            migrationBuilder.DropColumn(
                name: "ImportRef",
                table: "Cooperatives");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Commitments");
        }
    }
}
