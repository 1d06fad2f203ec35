/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.nvme.NvmePackage;

import io.ringside.model.nvme.impl.NvmePackageImpl;

import io.ringside.model.trace.TracePackage;

import io.ringside.model.trace.impl.TracePackageImpl;

import io.ringside.model.virtio.AvailRing;
import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.EventSuppression;
import io.ringside.model.virtio.FeatureSet;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.model.virtio.UsedElement;
import io.ringside.model.virtio.UsedRing;
import io.ringside.model.virtio.VirtioDevice;
import io.ringside.model.virtio.VirtioFactory;
import io.ringside.model.virtio.VirtioPackage;
import io.ringside.model.virtio.Virtqueue;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VirtioPackageImpl extends EPackageImpl implements VirtioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtioDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass featureSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtqueueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass splitVirtqueueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packedVirtqueueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass descriptorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass descriptorChainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass availRingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass usedRingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass usedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventSuppressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bufferStateEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.ringside.model.virtio.VirtioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private VirtioPackageImpl() {
		super(eNS_URI, VirtioFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link VirtioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static VirtioPackage init() {
		if (isInited) return (VirtioPackage)EPackage.Registry.INSTANCE.getEPackage(VirtioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredVirtioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		VirtioPackageImpl theVirtioPackage = registeredVirtioPackage instanceof VirtioPackageImpl ? (VirtioPackageImpl)registeredVirtioPackage : new VirtioPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TracePackage.eNS_URI);
		TracePackageImpl theTracePackage = (TracePackageImpl)(registeredPackage instanceof TracePackageImpl ? registeredPackage : TracePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NvmePackage.eNS_URI);
		NvmePackageImpl theNvmePackage = (NvmePackageImpl)(registeredPackage instanceof NvmePackageImpl ? registeredPackage : NvmePackage.eINSTANCE);

		// Create package meta-data objects
		theVirtioPackage.createPackageContents();
		theTracePackage.createPackageContents();
		theNvmePackage.createPackageContents();

		// Initialize created meta-data
		theVirtioPackage.initializePackageContents();
		theTracePackage.initializePackageContents();
		theNvmePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theVirtioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(VirtioPackage.eNS_URI, theVirtioPackage);
		return theVirtioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtioDevice() {
		return virtioDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtioDevice_Features() {
		return (EAttribute)virtioDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtioDevice_FeatureSet() {
		return (EReference)virtioDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeatureSet() {
		return featureSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_Bits() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_Version1() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_RingPacked() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_EventIdx() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_InOrder() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_IndirectDesc() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_NotificationData() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_Names() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSet_Label() {
		return (EAttribute)featureSetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtqueue() {
		return virtqueueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_EventIdx() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_InOrder() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_Indirect() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_LastAvailIdx() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_AvailIdx() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_UsedIdx() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_BuffersMadeAvailable() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_BuffersUsed() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_KicksSuppressed() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_InterruptsSuppressed() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtqueue_Batches() {
		return (EAttribute)virtqueueEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtqueue_Descriptors() {
		return (EReference)virtqueueEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtqueue_Chains() {
		return (EReference)virtqueueEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSplitVirtqueue() {
		return splitVirtqueueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSplitVirtqueue_AvailRing() {
		return (EReference)splitVirtqueueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSplitVirtqueue_UsedRing() {
		return (EReference)splitVirtqueueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPackedVirtqueue() {
		return packedVirtqueueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackedVirtqueue_DriverPosition() {
		return (EAttribute)packedVirtqueueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackedVirtqueue_DriverWrapCounter() {
		return (EAttribute)packedVirtqueueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackedVirtqueue_DeviceReadPosition() {
		return (EAttribute)packedVirtqueueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackedVirtqueue_DeviceReadWrapCounter() {
		return (EAttribute)packedVirtqueueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackedVirtqueue_DeviceUsedPosition() {
		return (EAttribute)packedVirtqueueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackedVirtqueue_DeviceUsedWrapCounter() {
		return (EAttribute)packedVirtqueueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPackedVirtqueue_DriverEvent() {
		return (EReference)packedVirtqueueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPackedVirtqueue_DeviceEvent() {
		return (EReference)packedVirtqueueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDescriptor() {
		return descriptorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Index() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Addr() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Len() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Flags() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Next() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Id() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_State() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Write() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_HasNext() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Indirect() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Avail() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Used() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Label() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDescriptor_Chain() {
		return (EReference)descriptorEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDescriptorChain() {
		return descriptorChainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptorChain_Head() {
		return (EAttribute)descriptorChainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptorChain_Length() {
		return (EAttribute)descriptorChainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptorChain_WritableBytes() {
		return (EAttribute)descriptorChainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptorChain_State() {
		return (EAttribute)descriptorChainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptorChain_Label() {
		return (EAttribute)descriptorChainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDescriptorChain_Descriptors() {
		return (EReference)descriptorChainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAvailRing() {
		return availRingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvailRing_Flags() {
		return (EAttribute)availRingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvailRing_Idx() {
		return (EAttribute)availRingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvailRing_UsedEvent() {
		return (EAttribute)availRingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvailRing_Ring() {
		return (EAttribute)availRingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvailRing_Label() {
		return (EAttribute)availRingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUsedRing() {
		return usedRingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedRing_Flags() {
		return (EAttribute)usedRingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedRing_Idx() {
		return (EAttribute)usedRingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedRing_AvailEvent() {
		return (EAttribute)usedRingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUsedRing_Elements() {
		return (EReference)usedRingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedRing_Label() {
		return (EAttribute)usedRingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUsedElement() {
		return usedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedElement_Slot() {
		return (EAttribute)usedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedElement_Id() {
		return (EAttribute)usedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedElement_Len() {
		return (EAttribute)usedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedElement_Batch() {
		return (EAttribute)usedElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsedElement_Label() {
		return (EAttribute)usedElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventSuppression() {
		return eventSuppressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSuppression_OffWrap() {
		return (EAttribute)eventSuppressionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSuppression_Flags() {
		return (EAttribute)eventSuppressionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSuppression_Offset() {
		return (EAttribute)eventSuppressionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSuppression_Wrap() {
		return (EAttribute)eventSuppressionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSuppression_Mode() {
		return (EAttribute)eventSuppressionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventSuppression_Label() {
		return (EAttribute)eventSuppressionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBufferState() {
		return bufferStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtioFactory getVirtioFactory() {
		return (VirtioFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		virtioDeviceEClass = createEClass(VIRTIO_DEVICE);
		createEAttribute(virtioDeviceEClass, VIRTIO_DEVICE__FEATURES);
		createEReference(virtioDeviceEClass, VIRTIO_DEVICE__FEATURE_SET);

		featureSetEClass = createEClass(FEATURE_SET);
		createEAttribute(featureSetEClass, FEATURE_SET__BITS);
		createEAttribute(featureSetEClass, FEATURE_SET__VERSION1);
		createEAttribute(featureSetEClass, FEATURE_SET__RING_PACKED);
		createEAttribute(featureSetEClass, FEATURE_SET__EVENT_IDX);
		createEAttribute(featureSetEClass, FEATURE_SET__IN_ORDER);
		createEAttribute(featureSetEClass, FEATURE_SET__INDIRECT_DESC);
		createEAttribute(featureSetEClass, FEATURE_SET__NOTIFICATION_DATA);
		createEAttribute(featureSetEClass, FEATURE_SET__NAMES);
		createEAttribute(featureSetEClass, FEATURE_SET__LABEL);

		virtqueueEClass = createEClass(VIRTQUEUE);
		createEAttribute(virtqueueEClass, VIRTQUEUE__EVENT_IDX);
		createEAttribute(virtqueueEClass, VIRTQUEUE__IN_ORDER);
		createEAttribute(virtqueueEClass, VIRTQUEUE__INDIRECT);
		createEAttribute(virtqueueEClass, VIRTQUEUE__LAST_AVAIL_IDX);
		createEAttribute(virtqueueEClass, VIRTQUEUE__AVAIL_IDX);
		createEAttribute(virtqueueEClass, VIRTQUEUE__USED_IDX);
		createEAttribute(virtqueueEClass, VIRTQUEUE__BUFFERS_MADE_AVAILABLE);
		createEAttribute(virtqueueEClass, VIRTQUEUE__BUFFERS_USED);
		createEAttribute(virtqueueEClass, VIRTQUEUE__KICKS_SUPPRESSED);
		createEAttribute(virtqueueEClass, VIRTQUEUE__INTERRUPTS_SUPPRESSED);
		createEAttribute(virtqueueEClass, VIRTQUEUE__BATCHES);
		createEReference(virtqueueEClass, VIRTQUEUE__DESCRIPTORS);
		createEReference(virtqueueEClass, VIRTQUEUE__CHAINS);

		splitVirtqueueEClass = createEClass(SPLIT_VIRTQUEUE);
		createEReference(splitVirtqueueEClass, SPLIT_VIRTQUEUE__AVAIL_RING);
		createEReference(splitVirtqueueEClass, SPLIT_VIRTQUEUE__USED_RING);

		packedVirtqueueEClass = createEClass(PACKED_VIRTQUEUE);
		createEAttribute(packedVirtqueueEClass, PACKED_VIRTQUEUE__DRIVER_POSITION);
		createEAttribute(packedVirtqueueEClass, PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER);
		createEAttribute(packedVirtqueueEClass, PACKED_VIRTQUEUE__DEVICE_READ_POSITION);
		createEAttribute(packedVirtqueueEClass, PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER);
		createEAttribute(packedVirtqueueEClass, PACKED_VIRTQUEUE__DEVICE_USED_POSITION);
		createEAttribute(packedVirtqueueEClass, PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER);
		createEReference(packedVirtqueueEClass, PACKED_VIRTQUEUE__DRIVER_EVENT);
		createEReference(packedVirtqueueEClass, PACKED_VIRTQUEUE__DEVICE_EVENT);

		descriptorEClass = createEClass(DESCRIPTOR);
		createEAttribute(descriptorEClass, DESCRIPTOR__INDEX);
		createEAttribute(descriptorEClass, DESCRIPTOR__ADDR);
		createEAttribute(descriptorEClass, DESCRIPTOR__LEN);
		createEAttribute(descriptorEClass, DESCRIPTOR__FLAGS);
		createEAttribute(descriptorEClass, DESCRIPTOR__NEXT);
		createEAttribute(descriptorEClass, DESCRIPTOR__ID);
		createEAttribute(descriptorEClass, DESCRIPTOR__STATE);
		createEAttribute(descriptorEClass, DESCRIPTOR__WRITE);
		createEAttribute(descriptorEClass, DESCRIPTOR__HAS_NEXT);
		createEAttribute(descriptorEClass, DESCRIPTOR__INDIRECT);
		createEAttribute(descriptorEClass, DESCRIPTOR__AVAIL);
		createEAttribute(descriptorEClass, DESCRIPTOR__USED);
		createEAttribute(descriptorEClass, DESCRIPTOR__LABEL);
		createEReference(descriptorEClass, DESCRIPTOR__CHAIN);

		descriptorChainEClass = createEClass(DESCRIPTOR_CHAIN);
		createEAttribute(descriptorChainEClass, DESCRIPTOR_CHAIN__HEAD);
		createEAttribute(descriptorChainEClass, DESCRIPTOR_CHAIN__LENGTH);
		createEAttribute(descriptorChainEClass, DESCRIPTOR_CHAIN__WRITABLE_BYTES);
		createEAttribute(descriptorChainEClass, DESCRIPTOR_CHAIN__STATE);
		createEAttribute(descriptorChainEClass, DESCRIPTOR_CHAIN__LABEL);
		createEReference(descriptorChainEClass, DESCRIPTOR_CHAIN__DESCRIPTORS);

		availRingEClass = createEClass(AVAIL_RING);
		createEAttribute(availRingEClass, AVAIL_RING__FLAGS);
		createEAttribute(availRingEClass, AVAIL_RING__IDX);
		createEAttribute(availRingEClass, AVAIL_RING__USED_EVENT);
		createEAttribute(availRingEClass, AVAIL_RING__RING);
		createEAttribute(availRingEClass, AVAIL_RING__LABEL);

		usedRingEClass = createEClass(USED_RING);
		createEAttribute(usedRingEClass, USED_RING__FLAGS);
		createEAttribute(usedRingEClass, USED_RING__IDX);
		createEAttribute(usedRingEClass, USED_RING__AVAIL_EVENT);
		createEReference(usedRingEClass, USED_RING__ELEMENTS);
		createEAttribute(usedRingEClass, USED_RING__LABEL);

		usedElementEClass = createEClass(USED_ELEMENT);
		createEAttribute(usedElementEClass, USED_ELEMENT__SLOT);
		createEAttribute(usedElementEClass, USED_ELEMENT__ID);
		createEAttribute(usedElementEClass, USED_ELEMENT__LEN);
		createEAttribute(usedElementEClass, USED_ELEMENT__BATCH);
		createEAttribute(usedElementEClass, USED_ELEMENT__LABEL);

		eventSuppressionEClass = createEClass(EVENT_SUPPRESSION);
		createEAttribute(eventSuppressionEClass, EVENT_SUPPRESSION__OFF_WRAP);
		createEAttribute(eventSuppressionEClass, EVENT_SUPPRESSION__FLAGS);
		createEAttribute(eventSuppressionEClass, EVENT_SUPPRESSION__OFFSET);
		createEAttribute(eventSuppressionEClass, EVENT_SUPPRESSION__WRAP);
		createEAttribute(eventSuppressionEClass, EVENT_SUPPRESSION__MODE);
		createEAttribute(eventSuppressionEClass, EVENT_SUPPRESSION__LABEL);

		// Create enums
		bufferStateEEnum = createEEnum(BUFFER_STATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		TracePackage theTracePackage = (TracePackage)EPackage.Registry.INSTANCE.getEPackage(TracePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		virtioDeviceEClass.getESuperTypes().add(theTracePackage.getDevice());
		virtqueueEClass.getESuperTypes().add(theTracePackage.getQueue());
		splitVirtqueueEClass.getESuperTypes().add(this.getVirtqueue());
		packedVirtqueueEClass.getESuperTypes().add(this.getVirtqueue());

		// Initialize classes, features, and operations; add parameters
		initEClass(virtioDeviceEClass, VirtioDevice.class, "VirtioDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtioDevice_Features(), ecorePackage.getELong(), "features", null, 0, 1, VirtioDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtioDevice_FeatureSet(), this.getFeatureSet(), null, "featureSet", null, 0, 1, VirtioDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(featureSetEClass, FeatureSet.class, "FeatureSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeatureSet_Bits(), ecorePackage.getELong(), "bits", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_Version1(), ecorePackage.getEBoolean(), "version1", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_RingPacked(), ecorePackage.getEBoolean(), "ringPacked", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_EventIdx(), ecorePackage.getEBoolean(), "eventIdx", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_InOrder(), ecorePackage.getEBoolean(), "inOrder", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_IndirectDesc(), ecorePackage.getEBoolean(), "indirectDesc", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_NotificationData(), ecorePackage.getEBoolean(), "notificationData", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_Names(), ecorePackage.getEString(), "names", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSet_Label(), ecorePackage.getEString(), "label", null, 0, 1, FeatureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtqueueEClass, Virtqueue.class, "Virtqueue", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtqueue_EventIdx(), ecorePackage.getEBoolean(), "eventIdx", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_InOrder(), ecorePackage.getEBoolean(), "inOrder", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_Indirect(), ecorePackage.getEBoolean(), "indirect", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_LastAvailIdx(), ecorePackage.getEInt(), "lastAvailIdx", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_AvailIdx(), ecorePackage.getEInt(), "availIdx", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_UsedIdx(), ecorePackage.getEInt(), "usedIdx", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_BuffersMadeAvailable(), ecorePackage.getELong(), "buffersMadeAvailable", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_BuffersUsed(), ecorePackage.getELong(), "buffersUsed", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_KicksSuppressed(), ecorePackage.getELong(), "kicksSuppressed", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_InterruptsSuppressed(), ecorePackage.getELong(), "interruptsSuppressed", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtqueue_Batches(), ecorePackage.getEString(), "batches", null, 0, 1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtqueue_Descriptors(), this.getDescriptor(), null, "descriptors", null, 0, -1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtqueue_Chains(), this.getDescriptorChain(), null, "chains", null, 0, -1, Virtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(splitVirtqueueEClass, SplitVirtqueue.class, "SplitVirtqueue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSplitVirtqueue_AvailRing(), this.getAvailRing(), null, "availRing", null, 0, 1, SplitVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSplitVirtqueue_UsedRing(), this.getUsedRing(), null, "usedRing", null, 0, 1, SplitVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(packedVirtqueueEClass, PackedVirtqueue.class, "PackedVirtqueue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPackedVirtqueue_DriverPosition(), ecorePackage.getEInt(), "driverPosition", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackedVirtqueue_DriverWrapCounter(), ecorePackage.getEBoolean(), "driverWrapCounter", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackedVirtqueue_DeviceReadPosition(), ecorePackage.getEInt(), "deviceReadPosition", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackedVirtqueue_DeviceReadWrapCounter(), ecorePackage.getEBoolean(), "deviceReadWrapCounter", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackedVirtqueue_DeviceUsedPosition(), ecorePackage.getEInt(), "deviceUsedPosition", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackedVirtqueue_DeviceUsedWrapCounter(), ecorePackage.getEBoolean(), "deviceUsedWrapCounter", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPackedVirtqueue_DriverEvent(), this.getEventSuppression(), null, "driverEvent", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPackedVirtqueue_DeviceEvent(), this.getEventSuppression(), null, "deviceEvent", null, 0, 1, PackedVirtqueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(descriptorEClass, io.ringside.model.virtio.Descriptor.class, "Descriptor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDescriptor_Index(), ecorePackage.getEInt(), "index", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Addr(), ecorePackage.getELong(), "addr", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Len(), ecorePackage.getELong(), "len", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Next(), ecorePackage.getEInt(), "next", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Id(), ecorePackage.getEInt(), "id", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_State(), this.getBufferState(), "state", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Write(), ecorePackage.getEBoolean(), "write", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_HasNext(), ecorePackage.getEBoolean(), "hasNext", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Indirect(), ecorePackage.getEBoolean(), "indirect", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Avail(), ecorePackage.getEBoolean(), "avail", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Used(), ecorePackage.getEBoolean(), "used", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Label(), ecorePackage.getEString(), "label", null, 0, 1, io.ringside.model.virtio.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDescriptor_Chain(), this.getDescriptorChain(), null, "chain", null, 0, 1, io.ringside.model.virtio.Descriptor.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(descriptorChainEClass, DescriptorChain.class, "DescriptorChain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDescriptorChain_Head(), ecorePackage.getEInt(), "head", null, 0, 1, DescriptorChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptorChain_Length(), ecorePackage.getEInt(), "length", null, 0, 1, DescriptorChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptorChain_WritableBytes(), ecorePackage.getELong(), "writableBytes", null, 0, 1, DescriptorChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptorChain_State(), this.getBufferState(), "state", null, 0, 1, DescriptorChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptorChain_Label(), ecorePackage.getEString(), "label", null, 0, 1, DescriptorChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDescriptorChain_Descriptors(), this.getDescriptor(), null, "descriptors", null, 0, -1, DescriptorChain.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(availRingEClass, AvailRing.class, "AvailRing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAvailRing_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, AvailRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvailRing_Idx(), ecorePackage.getEInt(), "idx", null, 0, 1, AvailRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvailRing_UsedEvent(), ecorePackage.getEInt(), "usedEvent", null, 0, 1, AvailRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvailRing_Ring(), ecorePackage.getEInt(), "ring", null, 0, -1, AvailRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvailRing_Label(), ecorePackage.getEString(), "label", null, 0, 1, AvailRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(usedRingEClass, UsedRing.class, "UsedRing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUsedRing_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, UsedRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedRing_Idx(), ecorePackage.getEInt(), "idx", null, 0, 1, UsedRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedRing_AvailEvent(), ecorePackage.getEInt(), "availEvent", null, 0, 1, UsedRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUsedRing_Elements(), this.getUsedElement(), null, "elements", null, 0, -1, UsedRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedRing_Label(), ecorePackage.getEString(), "label", null, 0, 1, UsedRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(usedElementEClass, UsedElement.class, "UsedElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUsedElement_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, UsedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedElement_Id(), ecorePackage.getEInt(), "id", null, 0, 1, UsedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedElement_Len(), ecorePackage.getELong(), "len", null, 0, 1, UsedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedElement_Batch(), ecorePackage.getEInt(), "batch", null, 0, 1, UsedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsedElement_Label(), ecorePackage.getEString(), "label", null, 0, 1, UsedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eventSuppressionEClass, EventSuppression.class, "EventSuppression", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEventSuppression_OffWrap(), ecorePackage.getEInt(), "offWrap", null, 0, 1, EventSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventSuppression_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, EventSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventSuppression_Offset(), ecorePackage.getEInt(), "offset", null, 0, 1, EventSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventSuppression_Wrap(), ecorePackage.getEBoolean(), "wrap", null, 0, 1, EventSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventSuppression_Mode(), ecorePackage.getEString(), "mode", null, 0, 1, EventSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventSuppression_Label(), ecorePackage.getEString(), "label", null, 0, 1, EventSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(bufferStateEEnum, BufferState.class, "BufferState");
		addEEnumLiteral(bufferStateEEnum, BufferState.FREE);
		addEEnumLiteral(bufferStateEEnum, BufferState.AVAILABLE);
		addEEnumLiteral(bufferStateEEnum, BufferState.IN_FLIGHT);
		addEEnumLiteral(bufferStateEEnum, BufferState.SKIPPED);
		addEEnumLiteral(bufferStateEEnum, BufferState.USED);

		// Create resource
		createResource(eNS_URI);
	}

} //VirtioPackageImpl
