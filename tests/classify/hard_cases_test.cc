// The hard cases named by issue 3 and the brief: medical uses of "nuclear" words, composites
// outside aerospace, and the defining terms of the three para 11(a) fields.
#include <gtest/gtest.h>

#include <thread>

#include "classify_support.h"

namespace catchall {
namespace {

std::set<std::string> Classes(const std::string& title, const std::string& abstract = "") {
  return Assigned(ShippedClassifier().Classify(MakePublication(title, abstract)));
}

TEST(HardCases, MedicalUsesOfNuclearWordsAreMedical) {
  for (const char* title :
       {"Nuclear medicine imaging of thyroid cancer patients",
        "18F-FDG PET/CT in the staging of lung cancer",
        "PET/SPECT imaging of myocardial perfusion in patients with coronary disease",
        "Radiotherapy outcomes in cervical cancer: a hospital-based study",
        "Stereotactic radiotherapy and brachytherapy for prostate tumours"}) {
    const std::set<std::string> got = Classes(title);
    EXPECT_TRUE(got.count("medical")) << title;
    EXPECT_FALSE(got.count("nuclear")) << title;
  }
}

TEST(HardCases, NuclearMagneticResonanceIsNotNuclear) {
  const auto scores = ShippedClassifier().Classify(
      MakePublication("Nuclear magnetic resonance study of hydrogen bonding in ionic liquids",
                      "The 1H nuclear magnetic resonance spectra were recorded at 400 MHz."));
  EXPECT_EQ(ScoreOf(scores, "nuclear"), 0);
  EXPECT_GT(ScoreOf(scores, "medical"), 0);
}

TEST(HardCases, PetPlasticIsNotMedical) {
  const auto got = Classes("Mechanical recycling of PET bottles",
                           "Polyethylene terephthalate (PET) flakes were extruded.");
  EXPECT_FALSE(got.count("medical"));
}

TEST(HardCases, CompositeBicycleFrameIsMaterialsNotAerospace) {
  const auto scores = ShippedClassifier().Classify(MakePublication(
      "Design and fatigue testing of a carbon fiber composite bicycle frame",
      "A carbon fibre reinforced polymer frame was laid up and its stiffness and fatigue life "
      "measured under cyclic loading."));
  const auto got = Assigned(scores);
  EXPECT_TRUE(got.count("advanced_materials"));
  EXPECT_TRUE(got.count("mechanical_engineering"));
  EXPECT_EQ(ScoreOf(scores, "aerospace"), 0);
}

TEST(HardCases, AerospaceTerms) {
  for (const char* title :
       {"Aerodynamic loads on a transport aircraft", "Thermal control of a small spacecraft",
        "Combustion in a solid rocket", "Attitude estimation of a satellite",
        "Hypersonic boundary layer transition", "Ignition in a scramjet combustor",
        "Ablation during re-entry", "Trajectory of a cruise missile"}) {
    EXPECT_TRUE(Classes(title).count("aerospace")) << title;
  }
}

TEST(HardCases, NuclearTerms) {
  for (const char* title :
       {"Uranium enrichment by cascades", "Rotor stability of a gas centrifuge",
        "Neutronics of a small modular reactor", "Fission product release",
        "Plutonium separation chemistry", "Neutron flux measurement in a research reactor"}) {
    EXPECT_TRUE(Classes(title).count("nuclear")) << title;
  }
}

TEST(HardCases, AdvancedManufacturingTerms) {
  for (const char* title :
       {"Additive manufacturing of Ti-6Al-4V lattices", "Tool wear in CNC machining of Inconel",
        "Laser welding of aluminium sheets", "Precision machining of optical moulds",
        "Chatter in 5-axis milling"}) {
    EXPECT_TRUE(Classes(title).count("advanced_manufacturing")) << title;
  }
}

TEST(HardCases, ChemicalReactorIsNotNuclear) {
  const auto scores = ShippedClassifier().Classify(
      MakePublication("Kinetics of methanol synthesis in a fixed-bed reactor",
                      "A Cu/ZnO catalyst was tested in a fixed bed reactor at 5 MPa."));
  EXPECT_EQ(ScoreOf(scores, "nuclear"), 0);
  EXPECT_TRUE(Assigned(scores).count("chemical_engineering"));
}

TEST(HardCases, InflectionsHyphensAndCase) {
  EXPECT_TRUE(Classes("RE-ENTRY VEHICLES AND THEIR HEAT SHIELDS").count("aerospace"));
  EXPECT_TRUE(Classes("Reentry of capsules").count("aerospace"));
  EXPECT_TRUE(Classes("Centrifuges for isotope separation").count("nuclear"));
  EXPECT_TRUE(Classes("Five axis machining centres").count("advanced_manufacturing"));
  EXPECT_TRUE(Classes("Heating during re\u2010entry").count("aerospace"));  // U+2010 hyphen
  EXPECT_TRUE(Classes("Uranium\u00a0enrichment").count("nuclear"));         // no-break space
}

TEST(HardCases, EvidenceNamesTermFieldTextAndOffset) {
  Publication publication = MakePublication("Spacecraft thermal design", "", {"CNC machining"});
  const auto scores = ShippedClassifier().Classify(publication);
  bool found = false;
  for (const auto& score : scores) {
    for (const auto& evidence : score.evidence) {
      if (score.id == "aerospace" && evidence.term == "spacecraft") {
        EXPECT_EQ(evidence.field, "title");
        EXPECT_EQ(evidence.text, "Spacecraft");
        EXPECT_EQ(evidence.offset, 0u);
        found = true;
      }
    }
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(Assigned(scores).count("advanced_manufacturing"));
}

TEST(HardCases, ClassifyIsThreadSafe) {
  const Classifier& classifier = ShippedClassifier();
  const Publication publication =
      MakePublication("Uranium enrichment in gas centrifuges", "Cascade design for reactors.");
  const auto expected = Assigned(classifier.Classify(publication));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        if (Assigned(classifier.Classify(publication)) != expected) ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace catchall
