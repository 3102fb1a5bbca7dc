using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddGroupBenefits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_CooperativeId_PolicyId_PeriodKey",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceRuns_PeriodKey",
                table: "InvoiceRuns");

            migrationBuilder.AlterColumn<int>(
                name: "PolicyId",
                table: "Invoices",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Invoices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // existing rows are dues

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "InvoiceRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // existing rows are dues

            migrationBuilder.CreateTable(
                name: "BenefitMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Gender = table.Column<char>(type: "TEXT", nullable: true),
                    BirthDateSealed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TaxpayerIdSealed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TaxpayerIdLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    LeftRosterOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitMembers_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenefitMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    X12ReceiverId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BillMappingJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dependents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDateSealed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Gender = table.Column<char>(type: "TEXT", nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dependents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dependents_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LifeEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifeEvents_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CarrierBillUploads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BilledTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Matched = table.Column<int>(type: "INTEGER", nullable: false),
                    Discrepancies = table.Column<int>(type: "INTEGER", nullable: false),
                    RowProblems = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarrierBillUploads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarrierBillUploads_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentExports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    Subscribers = table.Column<int>(type: "INTEGER", nullable: false),
                    Segments = table.Column<int>(type: "INTEGER", nullable: false),
                    Changes = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentExports_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LifeEventDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributionRule = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LifeEventAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LifeEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifeEventAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifeEventAttachments_LifeEvents_LifeEventId",
                        column: x => x.LifeEventId,
                        principalTable: "LifeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentExportFiles",
                columns: table => new
                {
                    ExportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Gzip = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentExportFiles", x => x.ExportId);
                    table.ForeignKey(
                        name: "FK_EnrollmentExportFiles_EnrollmentExports_ExportId",
                        column: x => x.ExportId,
                        principalTable: "EnrollmentExports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnrollmentOpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnrollmentClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowOpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WindowClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Rates = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanYears_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoopParticipations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributionKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    FixedAmounts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoopParticipations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoopParticipations_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoopParticipations_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoverageTerminations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    LastCoveredDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageTerminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverageTerminations_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverageTerminations_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Elections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<int>(type: "INTEGER", nullable: true),
                    DependentIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WaiveReason = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    LifeEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExportId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Elections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Elections_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_EnrollmentExports_ExportId",
                        column: x => x.ExportId,
                        principalTable: "EnrollmentExports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_LifeEvents_LifeEventId",
                        column: x => x.LifeEventId,
                        principalTable: "LifeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkersMissing = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentReminders_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnrollmentReminders_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CooperativeId_Kind_PeriodKey",
                table: "Invoices",
                columns: new[] { "CooperativeId", "Kind", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRuns_Kind_PeriodKey",
                table: "InvoiceRuns",
                columns: new[] { "Kind", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenefitMembers_CooperativeId_LastName",
                table: "BenefitMembers",
                columns: new[] { "CooperativeId", "LastName" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitMembers_PersonId",
                table: "BenefitMembers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarrierBillUploads_CarrierId_PeriodKey",
                table: "CarrierBillUploads",
                columns: new[] { "CarrierId", "PeriodKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Carriers_Name",
                table: "Carriers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoopParticipations_CooperativeId_PlanYearId",
                table: "CoopParticipations",
                columns: new[] { "CooperativeId", "PlanYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoopParticipations_PlanYearId",
                table: "CoopParticipations",
                column: "PlanYearId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageTerminations_MemberId_PlanYearId_LastCoveredDay",
                table: "CoverageTerminations",
                columns: new[] { "MemberId", "PlanYearId", "LastCoveredDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverageTerminations_PlanYearId",
                table: "CoverageTerminations",
                column: "PlanYearId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageTerminations_Status_LastCoveredDay",
                table: "CoverageTerminations",
                columns: new[] { "Status", "LastCoveredDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Dependents_MemberId",
                table: "Dependents",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_CooperativeId",
                table: "Elections",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_ExportId",
                table: "Elections",
                column: "ExportId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_LifeEventId",
                table: "Elections",
                column: "LifeEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_MemberId_PlanYearId",
                table: "Elections",
                columns: new[] { "MemberId", "PlanYearId" });

            migrationBuilder.CreateIndex(
                name: "IX_Elections_PlanYearId_CooperativeId",
                table: "Elections",
                columns: new[] { "PlanYearId", "CooperativeId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentExports_CarrierId_CreatedAt",
                table: "EnrollmentExports",
                columns: new[] { "CarrierId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentReminders_CooperativeId",
                table: "EnrollmentReminders",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentReminders_PlanYearId_CooperativeId_Kind",
                table: "EnrollmentReminders",
                columns: new[] { "PlanYearId", "CooperativeId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LifeEventAttachments_LifeEventId",
                table: "LifeEventAttachments",
                column: "LifeEventId");

            migrationBuilder.CreateIndex(
                name: "IX_LifeEvents_CooperativeId",
                table: "LifeEvents",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_LifeEvents_MemberId",
                table: "LifeEvents",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LifeEvents_Status_ReportedOn",
                table: "LifeEvents",
                columns: new[] { "Status", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CarrierId",
                table: "Plans",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Name",
                table: "Plans",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanYears_PlanId_StartsOn",
                table: "PlanYears",
                columns: new[] { "PlanId", "StartsOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierBillUploads");

            migrationBuilder.DropTable(
                name: "CoopParticipations");

            migrationBuilder.DropTable(
                name: "CoverageTerminations");

            migrationBuilder.DropTable(
                name: "Dependents");

            migrationBuilder.DropTable(
                name: "Elections");

            migrationBuilder.DropTable(
                name: "EnrollmentExportFiles");

            migrationBuilder.DropTable(
                name: "EnrollmentReminders");

            migrationBuilder.DropTable(
                name: "LifeEventAttachments");

            migrationBuilder.DropTable(
                name: "EnrollmentExports");

            migrationBuilder.DropTable(
                name: "PlanYears");

            migrationBuilder.DropTable(
                name: "LifeEvents");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "BenefitMembers");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_CooperativeId_Kind_PeriodKey",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceRuns_Kind_PeriodKey",
                table: "InvoiceRuns");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "InvoiceRuns");

            migrationBuilder.AlterColumn<int>(
                name: "PolicyId",
                table: "Invoices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CooperativeId_PolicyId_PeriodKey",
                table: "Invoices",
                columns: new[] { "CooperativeId", "PolicyId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRuns_PeriodKey",
                table: "InvoiceRuns",
                column: "PeriodKey",
                unique: true);
        }
    }
}
